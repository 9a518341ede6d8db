package org.gongkai.report;

/**
 * Where in the source a row was read: page (PDF, DOCX; 1-based) and/or line (text; 1-based), and the
 * character in that line (1-based, approximate) when the line is long enough to hold many rows — a
 * page copied as one line of text, where the line alone would name the same place for every row.
 */
public record SourcePosition(Integer page, Integer line, Integer column) {
    public SourcePosition(Integer page, Integer line) {
        this(page, line, null);
    }

    public static SourcePosition page(int page) {
        return new SourcePosition(page, null);
    }

    public static SourcePosition line(int line) {
        return new SourcePosition(null, line);
    }
}
