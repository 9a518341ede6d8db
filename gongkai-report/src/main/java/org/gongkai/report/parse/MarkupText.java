package org.gongkai.report.parse;

import java.util.List;

/**
 * Whitespace rules for text taken out of markup (HTML, Word): {@code &nbsp;}, the ideographic space
 * and line breaks of the source are spaces; runs collapse to one; a space between two Chinese
 * characters is dropped, because the source's line wrapping put it there, not the author
 * ("三、本年度\n办理结果" reads 三、本年度办理结果).
 */
final class MarkupText {
    private MarkupText() {}

    static String normalize(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !sb.isEmpty() && !(isWide(sb.charAt(sb.length() - 1)) && isWide(c))) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Pieces of one cell (its paragraphs, its {@code <br>} lines) joined: a space only between Latin or digits. */
    static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            if (p.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isAsciiAlnum(sb.charAt(sb.length() - 1)) && isAsciiAlnum(p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || c == '\u00a0'
                || c == '\u3000'
                || c == '\u202f'
                || c == '\u2007'
                || (c >= '\u2000' && c <= '\u200a');
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200b' && c <= '\u200d') || c == '\ufeff' || c == '\u00ad' || c == '\u2060';
    }

    /** Han characters, CJK punctuation, full-width forms and curly quotes. */
    static boolean isWide(char c) {
        return (c >= '\u4e00' && c <= '\u9fff')
                || (c >= '\u3400' && c <= '\u4dbf')
                || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef')
                || (c >= '\u2018' && c <= '\u201f')
                || (c >= '\uf900' && c <= '\ufaff');
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
