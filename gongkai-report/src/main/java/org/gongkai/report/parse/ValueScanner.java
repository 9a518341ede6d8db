package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values printed after a row label: the rest of the label's line (a run of values, then the
 * following cells), then whole lines of values while fewer than expected were read. Values are kept as
 * printed tokens ({@code ""} blank, {@code "?…"} unreadable) for the table readers to convert.
 */
final class ValueScanner {
    /**
     * The values read after a label: tokens as printed ("" blank, "?…" unreadable); {@code wrapped} when
     * some were read from the lines after the label's line.
     */
    record Values(List<String> tokens, boolean trusted, int end, boolean wrapped) {
        Values(List<String> tokens, boolean trusted, int end) {
            this(tokens, trusted, end, false);
        }
    }

    private static final String[] GROUP_LABELS = {
        "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "三、本年度办理结果", "申请人情况", "本列数据", "自然人", "法人或其他组织", "商业企业", "信息内容"
    };

    private final AssemblerText t;
    private final String s;

    ValueScanner(AssemblerText t) {
        this.t = t;
        this.s = t.text;
    }

    Values read(int from, int limit, int expected) {
        return read(from, limit, expected, false);
    }

    /**
     * The values after a row label, up to {@code limit}: the rest of the label's line, then whole lines
     * of values while fewer than {@code expected} were read. With {@code continuation}, a label line
     * without values may be followed by the rest of a wrapped label ({@code 情形）}, {@code 公开申请}) or
     * by a merged group label or repeated header printed there; up to four such lines are passed over,
     * and values printed after them on the same line are read.
     */
    Values read(int from, int limit, int expected, boolean continuation) {
        List<String> tokens = new ArrayList<>();
        boolean trusted = t.trusted(from);
        limit = Math.min(limit, s.length());
        if (from >= limit) {
            return new Values(tokens, trusted, from);
        }
        int p = sameLine(from, limit, tokens);
        if (p < 0) {
            return new Values(tokens, trusted, -p - 1);
        }
        int end = p;
        int onLabelLine = tokens.size();
        if (continuation && tokens.isEmpty()) {
            p = passContinuation(p, limit, tokens);
            if (!tokens.isEmpty()) {
                end = p;
            }
        }
        int last = valueLines(p, limit, expected, tokens);
        return new Values(tokens, trusted, last < 0 ? end : last, onLabelLine > 0 && tokens.size() > onLabelLine);
    }

    /**
     * Passes over up to four lines of wrapped label or group label after a label line without values;
     * the values printed after them on their line are added. Returns where reading goes on.
     */
    private int passContinuation(int p, int limit, List<String> tokens) {
        int passed = 0;
        List<String> after = new ArrayList<>();
        while (passed < 4 && p < limit && s.charAt(p) == '\n') {
            int ls = p + 1;
            int le = t.lineEnd(ls);
            if (ls >= limit || le > limit) {
                break;
            }
            if (ls == le) {
                p = le;
                continue;
            }
            int lab = ls;
            while (lab < le && LabelFinder.isLabelChar(s.charAt(lab))) {
                lab++;
            }
            if (lab == ls || !continuationText(s.substring(ls, lab))) {
                break;
            }
            passed++;
            after.clear();
            int q = sameLine(lab, le, after);
            if (q >= 0 && !after.isEmpty()) {
                if (after.stream().noneMatch(tok -> tok.startsWith("?"))) {
                    tokens.addAll(after);
                    p = q;
                }
                break;
            }
            if (q < 0) {
                break;
            }
            p = le;
        }
        return p;
    }

    /**
     * Reads whole lines of values from {@code p} while fewer than {@code expected} were read. Returns
     * the end of the last line read, or -1 when none was.
     */
    private int valueLines(int p, int limit, int expected, List<String> tokens) {
        int end = -1;
        while (p < limit && s.charAt(p) == '\n' && filled(tokens) < expected) {
            int ls = p + 1;
            int le = t.lineEnd(ls);
            if (ls >= limit || le > limit) {
                break;
            }
            String[] cells = s.substring(ls, le).split("\\|", -1);
            int first = 0;
            int last = cells.length - 1;
            while (first <= last && cells[first].isBlank()) {
                first++;
            }
            while (last >= first && cells[last].isBlank()) {
                last--;
            }
            if (first > last) {
                p = le;
                continue;
            }
            for (int i = first; i <= last; i++) {
                if (!AssemblerValues.isValueCell(cells[i])) {
                    return end;
                }
            }
            for (int i = first; i <= last; i++) {
                if (cells[i].isBlank()) {
                    tokens.add("");
                } else {
                    addTokens(cells[i], tokens);
                }
            }
            p = le;
            end = le;
        }
        return end;
    }

    /**
     * The values of every line between {@code from} and {@code to} that holds values only (blank cells
     * between bars included), in order; lines with any other text are passed over.
     */
    List<String> valueLinesIn(int from, int to) {
        List<String> tokens = new ArrayList<>();
        int ls = from;
        while (ls < to) {
            int le = Math.min(t.lineEnd(ls), to);
            String[] cells = s.substring(ls, le).split("\\|", -1);
            boolean values = true;
            boolean digit = false;
            for (String cell : cells) {
                values &= AssemblerValues.isValueCell(cell);
                digit |= cell.chars().anyMatch(Character::isDigit);
            }
            if (values && digit) {
                int first = 0;
                int last = cells.length - 1;
                while (first <= last && cells[first].isBlank()) {
                    first++;
                }
                while (last >= first && cells[last].isBlank()) {
                    last--;
                }
                for (int i = first; i <= last; i++) {
                    if (cells[i].isBlank()) {
                        tokens.add("");
                    } else {
                        addTokens(cells[i], tokens);
                    }
                }
            }
            ls = le + 1;
        }
        return tokens;
    }

    /**
     * Reads the values from {@code p} to the end of its line (or {@code limit}): a run of values in the
     * current cell, then the following cells. Returns where reading stopped, at a line break or the
     * limit; or {@code -(end + 1)} when text other than values followed in the current cell.
     */
    int sameLine(int p, int limit, List<String> tokens) {
        int ce = Math.min(t.cellEnd(p), limit);
        int run = AssemblerValues.valueRun(s, p, ce);
        addTokens(s.substring(p, p + run), tokens);
        if (!s.substring(p + run, ce).isBlank()) {
            return -(p + run) - 1;
        }
        p = ce;
        while (p < limit && s.charAt(p) == '|') {
            int start = p + 1;
            int e = t.cellEnd(start);
            if (e > limit) {
                break;
            }
            String cell = s.substring(start, e).strip();
            if (cell.isEmpty()) {
                tokens.add("");
            } else if (AssemblerValues.isValueCell(cell)) {
                addTokens(cell, tokens);
            } else {
                tokens.add("?" + cell);
            }
            p = e;
        }
        return p;
    }

    /**
     * Whether a line's leading text may be passed over between a row label and its values: the rest
     * of a wrapped label (not numbered like a row of its own), or a group label or header cell.
     */
    private static boolean continuationText(String text) {
        for (String g : GROUP_LABELS) {
            if (text.startsWith(g) || text.startsWith("（" + g)) {
                return true;
            }
        }
        char c = text.charAt(0);
        if (c == '（' || ChineseText.isChineseNumeral(c) && text.length() > 1 && text.charAt(1) == '、') {
            return false;
        }
        return text.length() <= 30;
    }

    private static int filled(List<String> tokens) {
        int n = tokens.size();
        while (n > 0 && tokens.get(n - 1).isEmpty()) {
            n--;
        }
        return n;
    }

    /**
     * The pieces of {@code run} between runs of spaces, as {@code run.strip().split(" +")} without its
     * empty pieces — scanned by hand: {@code split(" +")} compiles its pattern on every call, and this
     * runs for every cell of every table.
     */
    static void addTokens(String run, List<String> tokens) {
        String s = run.strip();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                tokens.add(s.substring(start, i));
            }
        }
    }

    /**
     * The n cell texts of a row, or null when fewer were read. Trailing blanks beyond n are dropped,
     * as are extra values (a stray footnote number); so are blanks before the values when more than n
     * were read ({@code | 一、本年新收… |  | 31 | 5 | … |}: a label cell spanning two columns, written
     * by a converter as the label and an empty cell).
     */
    static List<String> exactly(List<String> tokens, int n) {
        int end = tokens.size();
        while (end > n && tokens.get(end - 1).isEmpty()) {
            end--;
        }
        int start = 0;
        while (end - start > n && tokens.get(start).isEmpty()) {
            start++;
        }
        if (end - start < n) {
            return null;
        }
        return tokens.subList(start, start + n);
    }

    /** The first n cell texts of a row, blanks included, or null when fewer were read. */
    static List<String> first(List<String> tokens, int n) {
        return tokens.size() < n ? null : tokens.subList(0, n);
    }
}
