package org.gongkai.report;

/** The three groups of table 4 (行政复议、行政诉讼情况), each of five columns (domain-spec §2.5). */
public enum Table4Group {
    RECONSIDERATION("reconsideration", "行政复议"),
    LITIGATION_DIRECT("litigationDirect", "行政诉讼·未经复议直接起诉"),
    LITIGATION_AFTER_RECONSIDERATION("litigationAfterReconsideration", "行政诉讼·复议后起诉");

    private final String key;
    private final String label;

    Table4Group(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
