package org.gongkai.report;

/** Where in the source a row was read: page (PDF, DOCX; 1-based) and/or line (text; 1-based). */
public record SourcePosition(Integer page, Integer line) {
    public static SourcePosition page(int page) {
        return new SourcePosition(page, null);
    }

    public static SourcePosition line(int line) {
        return new SourcePosition(null, line);
    }
}
