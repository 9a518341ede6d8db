package org.gongkai.report;

/** How bad a finding is: an identity that must hold is broken, something is implausible, or a note. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As in the JSON export: error, warning, info. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
