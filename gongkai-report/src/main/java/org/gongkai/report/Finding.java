package org.gongkai.report;

/**
 * What an audit says about a report: the rule's stable id (e.g. {@code T3.BALANCE}), its severity,
 * a Chinese message that names the table, row and column, and where to find it: {@code where} in
 * words (表三 · 三（一）予以公开 · 自然人), plus the page (PDF, DOCX) or line (text) when known, and the
 * character in the line when the line holds a whole page ({@link SourcePosition#column()}).
 */
public record Finding(
        String rule, Severity severity, String message, String where, Integer page, Integer line, Integer column) {

    public Finding(String rule, Severity severity, String message, String where, Integer page, Integer line) {
        this(rule, severity, message, where, page, line, null);
    }

    public Finding(String rule, Severity severity, String message, String where) {
        this(rule, severity, message, where, null, null);
    }

    public Finding at(SourcePosition position) {
        if (position == null) {
            return this;
        }
        return new Finding(rule, severity, message, where, position.page(), position.line(), position.column());
    }

    /** The place in words, with the page or line appended when known. */
    public String whereWithPosition() {
        StringBuilder sb = new StringBuilder(where == null ? "" : where);
        if (page != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append("第").append(page).append("页");
        }
        if (line != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append("第").append(line).append("行");
            if (column != null) {
                sb.append("约第").append(column).append("字");
            }
        }
        return sb.toString();
    }
}
