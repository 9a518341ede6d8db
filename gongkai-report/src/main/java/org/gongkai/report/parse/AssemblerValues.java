package org.gongkai.report.parse;

import java.math.BigDecimal;

/**
 * How the assembler reads one printed value: a number with an optional sign and unit ({@code +19},
 * {@code -3}, {@code 240万元}, {@code 73802895.90元}, {@code 2笔}), a placeholder that means the cell
 * was left empty ({@code /}, {@code —}, {@code －}, {@code _}, {@code 无}), or something unreadable.
 */
final class AssemblerValues {
    /** Units printed after numbers in table cells. */
    private static final String[] UNITS = {"万元", "元", "笔", "件", "个", "项", "条", "家", "次", "%"};

    private AssemblerValues() {}

    /** A cell printed as a dash, slash, underscore or 无: nothing was reported. */
    static boolean isPlaceholder(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (token.equals("无") || token.equals("空")) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if ("/-—_–―‐…·\\".indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} may appear in a run of printed values. */
    static boolean isValueChar(char c) {
        return (c >= '0' && c <= '9')
                || c == ' '
                || c == '+'
                || c == '-'
                || c == '.'
                || c == '/'
                || c == '—'
                || c == '_'
                || c == '–'
                || c == '―'
                || c == '%';
    }

    /**
     * The length of the run of values at the start of {@code s}: digits, signs, placeholders and
     * units right after a digit.
     */
    static int valueRun(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isValueChar(c)) {
                i++;
                continue;
            }
            if (i > from && Character.isDigit(s.charAt(i - 1))) {
                int unit = unitAt(s, i, to);
                if (unit > 0) {
                    i += unit;
                    continue;
                }
            }
            break;
        }
        return i - from;
    }

    private static int unitAt(String s, int i, int to) {
        for (String u : UNITS) {
            if (s.startsWith(u, i) && i + u.length() <= to) {
                return u.length();
            }
        }
        return 0;
    }

    /** Whether a whole cell is a value, several space-separated values, blank or placeholder. */
    static boolean isValueCell(String cell) {
        String c = cell.strip();
        return c.isEmpty() || isPlaceholder(c) || valueRun(c, 0, c.length()) == c.length();
    }

    /** The unit printed after a number ({@code 万元} of {@code 240万元}); null when there is none. */
    static String unit(String token) {
        String t = token.strip();
        for (String u : UNITS) {
            if (t.endsWith(u) && t.length() > u.length() && Character.isDigit(t.charAt(t.length() - u.length() - 1))) {
                return u;
            }
        }
        return null;
    }

    /** A printed number without its unit; null when the token is not a number. */
    static BigDecimal number(String token) {
        String t = token.strip();
        for (String u : UNITS) {
            if (t.endsWith(u)) {
                t = t.substring(0, t.length() - u.length());
                break;
            }
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > 30) {
            return null;
        }
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot && digit && i < t.length() - 1) {
                dot = true;
            } else if (!(c == '-' && i == 0)) {
                return null;
            }
        }
        return digit ? new BigDecimal(t) : null;
    }
}
