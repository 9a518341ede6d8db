package org.gongkai.report.parse;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2Column;

/**
 * Converts printed cell tokens into numbers: a count (tables 3 and 4) or an amount (table 2), blank for
 * an empty cell or a placeholder, blank with {@code DOC.CELL_UNREADABLE} for anything else. The rows a
 * finding is about are passed with each call.
 */
final class CellReader {
    private final ReadingLog log;

    CellReader(ReadingLog log) {
        this.log = log;
    }

    /** A count (an integer) or null; an unreadable token is reported against the rows {@code about}. */
    Long count(String token, String where, SourcePosition pos, Object... about) {
        return count(token, () -> where, pos, about);
    }

    /**
     * As {@link #count(String, String, SourcePosition, Object...)}, the place named only when a finding
     * needs it: the tables' cells are read by the hundred per report, and almost none is unreadable.
     */
    Long count(String token, Supplier<String> where, SourcePosition pos, Object... about) {
        Long plain = plainCount(token);
        if (plain != null) {
            return plain;
        }
        if (token.isEmpty() || AssemblerValues.isPlaceholder(token)) {
            return null;
        }
        BigDecimal v = token.startsWith("?") ? null : AssemblerValues.number(token);
        if (v != null) {
            try {
                return v.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                // a fraction where a count is expected: unreadable below
            }
        }
        unreadable(token, where.get(), pos, about);
        return null;
    }

    /**
     * The count a token of ASCII digits alone stands for (most cells of tables 3 and 4), without the
     * general reading below; null for any other token. Up to 18 digits, which a long always holds.
     */
    private static Long plainCount(String token) {
        int n = token.length();
        if (n == 0 || n > 18) {
            return null;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A table-2 value as printed (decimals kept), or null; a unit in the cell is noted. */
    BigDecimal amount(String token, Table2Column column, String where, SourcePosition pos, Object row) {
        if (token.isEmpty() || AssemblerValues.isPlaceholder(token)) {
            return null;
        }
        BigDecimal v = token.startsWith("?") ? null : AssemblerValues.number(token);
        if (v == null) {
            unreadable(token, where + " · " + column.label(), pos, row);
            return null;
        }
        String unit = AssemblerValues.unit(token);
        if (unit != null
                && column.kind() == Table2Column.Kind.AMOUNT
                && !column.label().contains("单位：" + unit)) {
            // 240万元, 73802895.90元: the format prints no unit for 采购总金额 (domain-spec §2.3 [U]); kept as printed.
            log.add(
                    "DOC.AMOUNT_UNIT",
                    Severity.INFO,
                    "“" + column.label() + "”列印为“" + token + "”，单元格内带有单位“" + unit + "”；按印出的数字" + v.toPlainString()
                            + "读取，未换算单位",
                    where + " · " + column.label(),
                    pos);
        }
        return v;
    }

    private void unreadable(String token, String where, SourcePosition pos, Object... about) {
        String shown = token.startsWith("?") ? token.substring(1) : token;
        log.add(
                "DOC.CELL_UNREADABLE",
                Severity.WARNING,
                "无法识别单元格内容“" + abbreviate(shown) + "”，不是数字也不是空白占位符，按空白处理",
                where,
                pos,
                about);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
