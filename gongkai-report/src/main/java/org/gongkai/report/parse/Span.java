package org.gongkai.report.parse;

/**
 * A stretch of the assembled text a table was read from, {@code start} to {@code end}; the next table
 * is looked for after {@code end}. An empty span (end ≤ start) holds no table text.
 */
record Span(int start, int end) {
    static Span at(int offset) {
        return new Span(offset, offset);
    }

    boolean isEmpty() {
        return end <= start;
    }
}
