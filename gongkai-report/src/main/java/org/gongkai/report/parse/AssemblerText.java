package org.gongkai.report.parse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.SourcePosition;

/**
 * The lines of a source as one normalised text (see {@link ChineseText}) in which the assembler
 * searches labels: cells are joined by {@code |} and lines by a line break, and every offset can be
 * traced back to its line and source position.
 */
final class AssemblerText {
    final String text;
    final List<GridLine> lines;
    private final int[] lineStart;

    AssemblerText(List<GridLine> lines) {
        this.lines = lines;
        this.lineStart = new int[lines.size()];
        StringBuilder sb = new StringBuilder(capacity(lines));
        char[] in = new char[CELL_ARRAY];
        char[] out = new char[CELL_ARRAY];
        for (int i = 0; i < lines.size(); i++) {
            lineStart[i] = sb.length();
            List<String> cells = lines.get(i).cells();
            for (int j = 0; j < cells.size(); j++) {
                if (j > 0) {
                    sb.append('|');
                }
                String cell = cells.get(j) == null ? "" : cells.get(j);
                if (cell.length() > in.length) {
                    in = new char[cell.length()];
                    out = new char[cell.length()];
                }
                appendCell(sb, out, ChineseText.normalize(cell, in, out));
            }
            if (isPageFurniture(sb, lineStart[i])) {
                sb.setLength(lineStart[i]);
            }
            sb.append('\n');
        }
        this.text = sb.toString();
    }

    /** The length of the text at most (normalising never lengthens a cell), so that it is not copied as it grows. */
    private static int capacity(List<GridLine> lines) {
        int n = 0;
        for (GridLine line : lines) {
            for (String cell : line.cells()) {
                n += (cell == null ? 0 : cell.length()) + 1;
            }
            n++;
        }
        return n;
    }

    /** The work arrays' first length: most cells are shorter; a longer one gets arrays of its own size. */
    private static final int CELL_ARRAY = 256;

    /**
     * Appends a normalised cell, the first {@code len} characters of {@code cell}: a bar in it becomes a
     * space (the bar joins cells here), whitespace is trimmed as {@link String#strip} does, and a change
     * in words becomes its number ({@link #signed}). On the array rather than through three strings a
     * cell: every cell of every report passes here.
     */
    private static void appendCell(StringBuilder sb, char[] cell, int len) {
        int from = 0;
        int to = len;
        for (int k = 0; k < len; k++) {
            if (cell[k] == '|') {
                cell[k] = ' ';
            }
        }
        // No whitespace character is a surrogate: judging each char is judging each code point.
        while (from < to && Character.isWhitespace(cell[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(cell[to - 1])) {
            to--;
        }
        if (to - from >= 2 && (cell[from] == '增' || cell[from] == '减')) {
            sb.append(signed(new String(cell, from, to - from)));
        } else {
            sb.append(cell, from, to - from);
        }
    }

    private static final Pattern CHANGE_IN_WORDS = Pattern.compile("(增加?|减少?)(\\d+)");

    /**
     * A change printed in words in a 本年增/减 cell ({@code 减4}, {@code 增加12}) as the signed number it
     * means ({@code -4}, {@code +12}); any other cell as it is.
     */
    static String signed(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '增' && cell.charAt(0) != '减') {
            return cell;
        }
        Matcher m = CHANGE_IN_WORDS.matcher(cell);
        if (!m.matches()) {
            return cell;
        }
        return (m.group(1).charAt(0) == '增' ? "+" : "-") + m.group(2);
    }

    private static final Pattern DASHED_PAGE = Pattern.compile("[—\\-–―]+\\d{1,4}[—\\-–―]+");
    private static final Pattern PAGE_OF =
            Pattern.compile("第\\d{1,4}页(?:[，,、/]?共\\d{1,4}页)?|共\\d{1,4}页[，,、/]?第\\d{1,4}页");

    /**
     * Whether the line from {@code start} is a page number printed in the header or footer of a
     * page ({@code — 3 —}, {@code - 3 -}, {@code 第3页 共8页}, {@code 共8页 第3页}): text copied from a
     * PDF has them between the rows of a table, where they would be read as values. They are read as
     * empty lines. A bare page number cannot be told from a cell and is kept.
     */
    static boolean isPageFurniture(CharSequence sb, int start) {
        int n = sb.length() - start;
        if (n < 3 || n > 24) {
            return false;
        }
        char c0 = sb.charAt(start);
        if (c0 != '—' && c0 != '-' && c0 != '–' && c0 != '―' && c0 != '第' && c0 != '共') {
            return false;
        }
        String line =
                sb.subSequence(start, sb.length()).toString().replace('|', ' ').replace(" ", "");
        return DASHED_PAGE.matcher(line).matches() || PAGE_OF.matcher(line).matches();
    }

    int length() {
        return text.length();
    }

    char at(int i) {
        return text.charAt(i);
    }

    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStart, offset);
        if (i < 0) {
            i = -i - 2;
        }
        // Empty lines share a start offset; take the last line that starts at or before offset.
        while (i + 1 < lineStart.length && lineStart[i + 1] == offset) {
            i++;
        }
        return Math.max(0, Math.min(i, lineStart.length - 1));
    }

    /**
     * A line longer than this holds more than a table row (the longest official row label with seven
     * cells is under 100 characters): a page copied as one line, as portals' plain-text exports do.
     * Positions in it also name the character, or every row of every table would be "第19行".
     */
    static final int LONG_LINE = 160;

    SourcePosition positionAt(int offset) {
        if (lines.isEmpty()) {
            return null;
        }
        int i = lineAt(offset);
        SourcePosition p = lines.get(i).position();
        int end = i + 1 < lineStart.length ? lineStart[i + 1] - 1 : text.length();
        if (p == null || p.line() == null || end - lineStart[i] <= LONG_LINE) {
            return p;
        }
        // Cells are joined by one bar here where the source may have had several spaces: the
        // character is approximate, close enough to find the row.
        return new SourcePosition(p.page(), p.line(), Math.max(1, offset - lineStart[i] + 1));
    }

    boolean trusted(int offset) {
        return !lines.isEmpty() && lines.get(lineAt(offset)).tableRow();
    }

    /** The end of the cell containing {@code p}: the next {@code |} or line break. */
    int cellEnd(int p) {
        int i = p;
        while (i < text.length() && text.charAt(i) != '|' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    int lineEnd(int p) {
        int i = text.indexOf('\n', p);
        return i < 0 ? text.length() : i;
    }
}
