package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.report.SourcePosition;

/**
 * Reads an annual report from plain text: text copied from a web page or PDF, a {@code |}-flattened
 * table, tab-separated cells, or one cell per line. It only cuts the text into {@link GridLine}s — a
 * line's cells split at {@code |}, tabs and runs of two or more spaces — and leaves the finding of
 * sections and tables to the {@link ReportAssembler}. A single space is kept inside a cell, since it
 * may be a word break as well as a cell border; the assembler decides.
 */
public final class TextReportParser {
    private static final Pattern NBSP_ENTITY = Pattern.compile("&(?:nbsp|NBSP|#160|ensp|emsp|#12288);");

    private TextReportParser() {}

    /**
     * Cuts plain text into lines of cells. Blank lines are dropped; each line's position is its
     * 1-based line number in {@code text}, with {@code page} when given (the PDF front-end calls this
     * per page).
     */
    public static List<GridLine> lines(String text, Integer page) {
        List<GridLine> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        if (text.indexOf('&') >= 0) {
            // Literal &nbsp; entities are spaces; two or more of them are a cell border, as real spaces are.
            text = NBSP_ENTITY.matcher(text).replaceAll("\u00A0");
        }
        // Hand-written scans instead of Pattern.split: this runs on every line of every report and
        // was the reader's hot spot. Lines end at \r\n, \r, \n, U+2028, U+2029; TextLinesTests
        // checks the scans against the equivalent patterns.
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        char[] a = text.toCharArray(); // not charAt: a call per character before the JIT's last tier
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean anyLoneBar = false;
        while (start <= n) {
            int end = start;
            while (end < n && !isLineBreak(a[end])) {
                end++;
            }
            lineNo++;
            String stripped = strip(text, a, start, end);
            if (!stripped.isEmpty()) {
                kept.add(stripped);
                numbers.add(lineNo);
                anyLoneBar |= isPipe(stripped);
            }
            if (end < n && a[end] == '\r' && end + 1 < n && a[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        boolean loneBarIsCell = anyLoneBar && loneBarsAreCells(kept);
        boolean cellPipeStyle = false;
        for (int i = 0; i < kept.size(); i++) {
            String stripped = kept.get(i);
            SourcePosition pos = new SourcePosition(page, numbers.get(i));
            if (loneBarIsCell && cellPipeStyle && isPipe(stripped)) {
                // A table flattened one cell a line, each cell closed by " |": a lone bar is an
                // empty cell, read as one (a placeholder), not dropped as a separator line.
                out.add(new GridLine(List.of(EMPTY_CELL), pos, false));
            } else {
                List<String> cells = cells(stripped);
                out.add(new GridLine(cells, pos, false));
                cellPipeStyle = cells.size() == 1 && endsWithPipe(stripped);
            }
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** What a lone {@code |} stands for in a table flattened one cell a line: a cell left empty. */
    static final String EMPTY_CELL = "—";

    /**
     * Whether, in a table flattened one cell a line ({@code 规章 |}, {@code 0 |}), a lone bar line is an
     * empty cell or the bar that opens the next row. Decided once per text: a bar that opens a row is
     * followed by a label ({@code |}, {@code 规章 |}); an empty cell by another bar or by a value. The
     * lone bars after a one-cell line closed by a bar vote.
     */
    private static boolean loneBarsAreCells(List<String> kept) {
        int cell = 0;
        int row = 0;
        boolean cellPipeStyle = false;
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            if (isPipe(line)) {
                if (cellPipeStyle && i + 1 < kept.size()) {
                    char c = kept.get(i + 1).charAt(0);
                    if (c == '|' || c == '｜' || AssemblerValues.isValueChar(c)) {
                        cell++;
                    } else {
                        row++;
                    }
                }
                continue;
            }
            cellPipeStyle = endsWithPipe(line) && cells(line).size() == 1;
        }
        return cell > row;
    }

    private static boolean isPipe(String s) {
        return s.length() == 1 && (s.charAt(0) == '|' || s.charAt(0) == '｜');
    }

    private static boolean endsWithPipe(String s) {
        char c = s.charAt(s.length() - 1);
        return s.length() > 1 && (c == '|' || c == '｜');
    }

    private static boolean isBorder(char c) {
        return c == '|' || c == '｜' || c == '\t';
    }

    /**
     * Splits a line at {@code |}, {@code ｜}, tabs and runs of two or more (ideographic, no-break)
     * spaces. Spaces padding a bar or tab ({@code 0  | 5}) are not a border of their own, and a bar
     * closing the line ({@code 规章 | 0 | 0 | 0 |}) closes the last cell rather than opening an empty one.
     */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        int i = 0;
        int n = line.length();
        char[] a = line.toCharArray(); // not charAt: a call per character before the JIT's last tier
        while (i < n) {
            char c = a[i];
            if (isBorder(c)) {
                cells.add(strip(line, a, from, i));
                from = ++i;
            } else if (isSpace(c) && i + 1 < n && isSpace(a[i + 1])) {
                int j = i;
                while (j < n && isSpace(a[j])) {
                    j++;
                }
                if (from > 0 && from == i && isBorder(a[i - 1])) {
                    from = j; // spaces after a bar or tab pad the next cell
                } else if (j < n && isBorder(a[j])) {
                    cells.add(strip(line, a, from, i)); // spaces before a bar or tab pad this cell
                    from = j + 1;
                    j++;
                } else {
                    cells.add(strip(line, a, from, i));
                    from = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (n == 0 || a[n - 1] != '|' && a[n - 1] != '｜') {
            cells.add(strip(line, a, from, n));
        }
        return cells;
    }

    /**
     * {@code s.substring(from, to).strip()} without the intermediate string: the whitespace is trimmed
     * on {@code a}, the characters of {@code s} (no whitespace character is a surrogate, so a char is
     * judged as its code point would be). Every line and cell of every report passes here.
     */
    private static String strip(String s, char[] a, int from, int to) {
        while (from < to && Character.isWhitespace(a[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(a[to - 1])) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** Parses plain text into a report; never throws. */
    public static ParsedReport parse(String text) {
        return ReportAssembler.assemble(lines(text, null));
    }
}
