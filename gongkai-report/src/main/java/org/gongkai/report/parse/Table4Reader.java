package org.gongkai.report.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * Reads table 4 (政府信息公开行政复议、行政诉讼情况, domain-spec §2.5): three labelled rows of five
 * cells when printed so, else the fifteen cells after the group headers. Run-together cells are split
 * by the groups' totals ({@link Table4#groupsBalance}).
 */
final class Table4Reader {
    private static final String HEADER4 = "行政复议诉讼结果维持纠正其他尚未审结总计经直接起后（）、";
    private static final int PER = Table4Column.values().length;
    private static final int N = Table4Group.values().length * PER;
    private static final String[] GROUP_KEYS = {"行政复议", "直接起诉", "复议后起诉"};

    private final AssemblerText t;
    private final String s;
    private final LabelFinder labels;
    private final ValueScanner values;
    private final ReadingLog log;
    private final CellReader cells;

    Table4Reader(AssemblerText t, LabelFinder labels, ValueScanner values, ReadingLog log) {
        this.t = t;
        this.s = t.text;
        this.labels = labels;
        this.values = values;
        this.log = log;
        this.cells = new CellReader(log);
    }

    /** Reads table 4 into the report, looking from {@code from}; the text it was read from, or null. */
    Span read(AnnualReport report, int from, AssemblerHeadings headings) {
        int anchor = labels.firstOf(from, "复议后起诉");
        if (anchor < 0) {
            anchor = labels.firstOf(Math.max(from, headings.end(4)), "尚未审结");
        }
        if (anchor < 0) {
            log.add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表四（政府信息公开行政复议、行政诉讼情况）", "表四", null);
            return null;
        }
        int end = nextHeadingAfter(headings, anchor);
        int last = s.lastIndexOf("复议后起诉", end);
        Span labelled = last > anchor && last - anchor <= 600 ? readLabelledRows(report, last, from, headings) : null;
        if (labelled == null) {
            labelled = readLabelledRows(report, anchor, from, headings);
        }
        return labelled != null ? labelled : readFifteen(report, anchor, from, headings);
    }

    /** Table 4 as the format prints it: group headers, then one run of fifteen cells. */
    private Span readFifteen(AnnualReport report, int anchor, int from, AssemblerHeadings headings) {
        int q = anchor;
        while (q < s.length() && (HEADER4.indexOf(s.charAt(q)) >= 0 || " |\n".indexOf(s.charAt(q)) >= 0)) {
            q++;
        }
        int zoneStart = anchor;
        int reconsideration = s.lastIndexOf("行政复议", anchor);
        if (reconsideration >= 0
                && anchor - reconsideration <= 120
                && reconsideration >= Math.max(from, headings.end(4))) {
            zoneStart = reconsideration;
        }
        ValueScanner.Values v = values.read(q, nextHeadingAfter(headings, q), N);
        SourcePosition pos = t.positionAt(q);
        List<String> printed = ValueScanner.exactly(v.tokens(), N);
        Span span = new Span(zoneStart, Math.max(v.end(), q));
        Long[] read = null;
        if (printed == null) {
            Span region = tableRegion(from, anchor, headings);
            read = collected(region);
            span = read == null
                    ? span
                    : new Span(Math.min(zoneStart, region.start()), Math.max(span.end(), region.end()));
        }
        if (read == null && printed != null) {
            read = new Long[N];
            Object[] groups = Table4Group.values();
            Table4Column[] columns = Table4Column.values();
            for (int c = 0; c < N; c++) {
                Table4Group g = (Table4Group) groups[c / PER];
                Table4Column column = columns[c % PER];
                read[c] = cells.count(printed.get(c), () -> "表四 · " + g.label() + " · " + column.label(), pos, groups);
            }
        } else if (read == null) {
            read = split(v, pos);
            if (read == null) {
                return null;
            }
        }
        Table4 table = new Table4();
        for (Table4Group g : Table4Group.values()) {
            Long[] part = new Long[PER];
            System.arraycopy(read, g.ordinal() * PER, part, 0, PER);
            table.setGroup(g, part);
            log.position(g, pos);
        }
        report.table4(table);
        return span;
    }

    /** Where table 4's lines are: from its heading (or a little before the anchor) to the next heading. */
    private Span tableRegion(int from, int anchor, AssemblerHeadings headings) {
        int h4 = headings.end(4);
        return new Span(
                h4 >= from && h4 < anchor ? h4 : Math.max(from, anchor - 400), nextHeadingAfter(headings, anchor));
    }

    /**
     * The fifteen cells gathered from the lines of values in {@code region}, when the row is broken
     * between header lines (10 + 5, or 5 + 5 + 5 under the group headers): only when exactly fifteen
     * whole numbers are found there and every group's total holds; null otherwise.
     */
    private Long[] collected(Span region) {
        List<String> tokens = values.valueLinesIn(region.start(), region.end());
        if (tokens.size() != N) {
            return null;
        }
        Long[] read = new Long[N];
        for (int c = 0; c < N; c++) {
            BigDecimal v = AssemblerValues.number(tokens.get(c));
            if (v == null || v.scale() > 0 || v.signum() < 0) {
                return null;
            }
            read[c] = v.longValue();
        }
        return Table4.groupsBalance(read) ? read : null;
    }

    /** The fifteen cells of a short run: split by the groups' totals; null when nothing was read. */
    private Long[] split(ValueScanner.Values v, SourcePosition pos) {
        Object[] groups = Table4Group.values();
        List<Long[]> readings = new ArrayList<>();
        for (Long[] r : CellSplitter.countReadings(SplitOutcome.readings(v, N))) {
            if (Table4.groupsBalance(r)) {
                readings.add(r);
            }
        }
        if (readings.isEmpty() && v.tokens().isEmpty()) {
            log.add("DOC.TABLE_MISSING", Severity.ERROR, "找到表四的表头，但未读到数据", "表四", pos);
            return null;
        }
        SplitOutcome outcome = SplitOutcome.of(readings);
        switch (outcome) {
            case ONE -> {
                outcome.report(log, "表四单元格之间没有分隔，按“总计等于四项之和”唯一确定了拆分", "表四", pos, groups);
                return readings.get(0);
            }
            case SEVERAL -> {
                outcome.report(
                        log,
                        "表四单元格之间没有分隔，数字“" + String.join(" ", v.tokens()) + "”有多种读法（" + CellSplitter.describe(readings)
                                + "），无法确定的单元格按空白处理",
                        "表四",
                        pos,
                        groups);
                return CellSplitter.agreed(readings);
            }
            default -> {
                outcome.report(
                        log, "表四只读到" + v.tokens().size() + "个单元格，应有15个（行政复议、未经复议直接起诉、复议后起诉各5个）", "表四", pos, groups);
                Long[] read = new Long[N];
                for (int c = 0; c < v.tokens().size() && c < N; c++) {
                    read[c] = cells.count(v.tokens().get(c), "表四", pos, groups);
                }
                return read;
            }
        }
    }

    /**
     * Table 4 printed as three labelled rows of five cells ({@code 行政复议 | 0 | 0 | 0 | 0 | 0}, {@code
     * 未经复议直接起诉 …}, {@code 复议后起诉 …}): each group is read after its own label. Returns null,
     * reading nothing, when the rows do not each have five values after their labels.
     */
    private Span readLabelledRows(AnnualReport report, int after, int from, AssemblerHeadings headings) {
        int direct = s.lastIndexOf("直接起诉", after);
        if (direct < 0 || after - direct > 200) {
            return null;
        }
        int review = s.lastIndexOf("行政复议", direct);
        if (review >= from && direct - review <= 200) {
            Span read = readLabelledRows(report, new int[] {review, direct, after}, from, headings);
            if (read != null) {
                return read;
            }
        }
        // 行政法复议 for 行政复议: the row label misprinted, the 行政复议 found above is the heading's
        int line = direct;
        while (line > 0 && LabelFinder.isLabelChar(s.charAt(line - 1))) {
            line--;
        }
        LabelFinder.Hit misprint =
                new MisprintFinder(s, labels).findMisprinted("行政复议", null, Math.max(from, direct - 200), line);
        if (misprint == null) {
            return null;
        }
        Span read = readLabelledRows(report, new int[] {misprint.keyStart(), direct, after}, from, headings);
        if (read != null) {
            log.misprinted(
                    s.substring(misprint.start(), misprint.end()),
                    "行政复议",
                    "表四 · " + Table4Group.RECONSIDERATION.label(),
                    t.positionAt(misprint.keyStart()));
        }
        return read;
    }

    /** The three labelled rows from the labels at {@code starts}; null when they do not hold five values each. */
    private Span readLabelledRows(AnnualReport report, int[] starts, int from, AssemblerHeadings headings) {
        int review = starts[0];
        List<ValueScanner.Values> rows = labelledValues(starts, headings);
        if (rows == null) {
            return null;
        }
        Table4 table = new Table4();
        for (int g = 0; g < 3; g++) {
            Table4Group group = Table4Group.values()[g];
            SourcePosition pos = t.positionAt(starts[g]);
            Long[] part = new Long[PER];
            for (int c = 0; c < PER; c++) {
                part[c] = cells.count(
                        rows.get(g).tokens().get(c),
                        "表四 · " + group.label() + " · " + Table4Column.values()[c].label(),
                        pos,
                        group);
            }
            table.setGroup(group, part);
            log.position(group, pos);
        }
        report.table4(table);
        int zoneStart = review;
        int header = s.lastIndexOf("结果维持", review);
        if (header >= from && review - header <= 120) {
            zoneStart = s.lastIndexOf('\n', header) + 1;
        }
        return new Span(zoneStart, rows.get(2).end());
    }

    /** The five values after each group's label; null when a group has fewer or an unreadable one. */
    private List<ValueScanner.Values> labelledValues(int[] starts, AssemblerHeadings headings) {
        List<ValueScanner.Values> rows = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            int end = labels.labelEnd(starts[g] + GROUP_KEYS[g].length());
            int limit = g < 2 ? starts[g + 1] : nextHeadingAfter(headings, end);
            if (g < 2) {
                // the next label starts its line or cell: 行政诉讼（复议后起诉）
                while (limit > end && LabelFinder.isLabelChar(s.charAt(limit - 1))) {
                    limit--;
                }
            }
            if (limit <= end) {
                return null;
            }
            ValueScanner.Values v = values.read(end, limit, PER);
            if (v.tokens().size() < PER) {
                return null;
            }
            for (int c = 0; c < PER; c++) {
                String tok = v.tokens().get(c);
                if (tok.startsWith("?") || tok.isEmpty() && !v.trusted()) {
                    return null;
                }
            }
            rows.add(v);
        }
        return rows;
    }

    private int nextHeadingAfter(AssemblerHeadings headings, int q) {
        int best = s.length();
        for (int k = 1; k <= 6; k++) {
            int st = headings.start(k);
            if (st > q && st < best) {
                best = st;
            }
        }
        return best;
    }
}
