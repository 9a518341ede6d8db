package org.gongkai.report.parse;

/** Normalises report text for label matching. */
public final class ChineseText {
    private ChineseText() {}

    /** Normalises text for matching labels. */
    public static String normalize(String s) {
        return s == null ? "" : s;
    }
}
