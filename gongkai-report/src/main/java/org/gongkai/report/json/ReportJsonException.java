package org.gongkai.report.json;

/**
 * A JSON document that is not a {@code gongkai.annual-report/1} report. The message is Chinese and
 * names the key that is wrong (e.g. {@code table3.rows.granted}); {@link #key()} gives it alone.
 */
public final class ReportJsonException extends RuntimeException {
    private final String key;

    public ReportJsonException(String key, String message) {
        super(message);
        this.key = key;
    }

    public ReportJsonException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The dotted path of the offending key, e.g. {@code table2.licensing.change}; null for the whole document. */
    public String key() {
        return key;
    }
}
