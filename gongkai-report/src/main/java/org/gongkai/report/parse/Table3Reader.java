package org.gongkai.report.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Identity;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * Reads table 3 (收到和处理政府信息公开申请情况, domain-spec §2.4) by its row labels, after its header
 * note or 申请人情况. Rows whose cell borders were lost are split by {@link CellSplitter}, first each
 * row by its own total, then the open rows together by the table's identities ({@link Table3}).
 */
final class Table3Reader {
    private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();
    private static final int N = COLUMNS.length;

    private final AssemblerText t;
    private final String s;
    private final ValueScanner values;
    private final ReadingLog log;
    private final CellReader cells;
    private final Table3Labels rowLabels;

    /** The rows read so far: decided, still open (several readings) and the digits printed for the open. */
    private record Rows(
            Map<Table3Row, Long[]> fixed, Map<Table3Row, List<Long[]>> open, Map<Table3Row, String> printed) {
        Rows() {
            this(new EnumMap<>(Table3Row.class), new EnumMap<>(Table3Row.class), new EnumMap<>(Table3Row.class));
        }
    }

    Table3Reader(AssemblerText t, LabelFinder labels, ValueScanner values, ReadingLog log) {
        this.t = t;
        this.s = t.text;
        this.values = values;
        this.log = log;
        this.cells = new CellReader(log);
        this.rowLabels = new Table3Labels(labels);
    }

    /** Reads table 3 into the report, looking from {@code from}; returns the text it was read from. */
    Span read(AnnualReport report, Edition edition, int from) {
        int anchor = anchor(from);
        Map<Table3Row, LabelFinder.Hit> hits = rowLabels.find(anchor);
        if (hits.isEmpty()) {
            log.add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表三（收到和处理政府信息公开申请情况）", "表三", null);
            return Span.at(from);
        }
        Map<Table3Row, LabelFinder.Hit> misprinted = rowLabels.misprinted(hits, edition, anchor);
        misprinted.forEach((row, h) -> log.misprinted(
                s.substring(h.start(), h.end()),
                row.label(),
                "表三 · " + row.qualifiedLabel(),
                t.positionAt(h.keyStart())));
        hits.putAll(misprinted);
        rowLabels.afterMisprints(hits);
        List<Table3Row> found = new ArrayList<>(hits.keySet());
        int zoneStart = zoneStart(anchor, hits.get(found.get(0)).start());
        int end = zoneStart;
        int syntaxSplits = 0;
        Rows rows = new Rows();
        for (int i = 0; i < found.size(); i++) {
            Table3Row row = found.get(i);
            int limit = i + 1 < found.size() ? hits.get(found.get(i + 1)).start() : s.length();
            ValueScanner.Values v = values.read(hits.get(row).values(), limit, N, true);
            end = Math.max(end, v.end());
            if (readRow(row, v, t.positionAt(hits.get(row).keyStart()), rows)) {
                syntaxSplits++;
            }
        }
        if (!rows.open().isEmpty()) {
            resolve(rows, edition);
        }
        if (syntaxSplits > 0) {
            SplitOutcome.ONE.report(
                    log, "表三有" + syntaxSplits + "行单元格之间没有分隔，已按唯一可能的拆分读出", "表三", log.positionOf(found.get(0)));
        }
        Table3 table = new Table3();
        rows.fixed().forEach(table::setRow);
        for (Table3Row row : edition.table3Rows()) {
            if (!hits.containsKey(row)) {
                log.add(
                        "DOC.ROW_MISSING",
                        Severity.WARNING,
                        "表三缺少“" + row.qualifiedLabel() + "”行",
                        "表三 · " + row.qualifiedLabel(),
                        null);
            }
        }
        report.table3(table);
        return new Span(zoneStart, end);
    }

    /**
     * Where table 3 starts: its header note (勾稽关系) or its 申请人情况 header cell, whichever comes
     * first when both are printed close together (a merged header cell may be printed on any of the
     * header lines).
     */
    private int anchor(int from) {
        int note = s.indexOf("勾稽关系", from);
        int applicants = s.indexOf("申请人情况", from);
        if (note < 0 || applicants < 0) {
            return Math.max(note, applicants) < 0 ? from : Math.max(note, applicants);
        }
        return Math.abs(note - applicants) <= 300 ? Math.min(note, applicants) : note;
    }

    private int zoneStart(int anchor, int firstRow) {
        int zoneStart = Math.min(anchor, firstRow);
        if (zoneStart == anchor && anchor > 0) {
            int bracket = s.lastIndexOf('（', anchor);
            if (bracket >= 0 && anchor - bracket <= 8) {
                zoneStart = bracket;
            }
        }
        return zoneStart;
    }

    /**
     * Reads one row's values into {@code rows}: fixed when seven were read or the digits split one way,
     * open when they split several ways, short (with its finding) when they split no way. Returns
     * whether the row was split the one possible way.
     */
    private boolean readRow(Table3Row row, ValueScanner.Values v, SourcePosition pos, Rows rows) {
        log.position(row, pos);
        List<String> printed = ValueScanner.exactly(v.tokens(), N);
        List<String> first = ValueScanner.first(v.tokens(), N);
        if (printed != null && !printed.equals(first) && !rowTotalHolds(printed) && rowTotalHolds(first)) {
            // the blanks before the values were cells after all: the first seven hold the row's total
            printed = first;
        }
        if (printed != null) {
            Long[] read = new Long[N];
            for (int c = 0; c < N; c++) {
                ApplicantColumn column = COLUMNS[c];
                // the place is named only for a finding: most rows have none
                read[c] = cells.count(
                        printed.get(c),
                        () -> "表三 · " + row.qualifiedLabel() + " · " + column.qualifiedLabel(),
                        pos,
                        row);
            }
            rows.fixed().put(row, read);
            if (v.wrapped() && !rowTotalHolds(read)) {
                // Numbers printed over several lines may be a neighbour's: say so where the sum fails.
                log.add(
                        "DOC.ROW_UNSURE",
                        Severity.WARNING,
                        "该行的数字印在几行上（" + String.join(" ", v.tokens()) + "），读出的数字不满足“总计等于各列之和”，可能混入了相邻行的数字，请与原件核对",
                        "表三 · " + row.qualifiedLabel(),
                        pos,
                        row);
            }
            return false;
        }
        List<Long[]> readings = CellSplitter.countReadings(SplitOutcome.readings(v, N));
        SplitOutcome outcome = SplitOutcome.of(readings);
        switch (outcome) {
            case ONE -> rows.fixed().put(row, readings.get(0));
            case SEVERAL -> {
                rows.open().put(row, readings);
                rows.printed().put(row, String.join(" ", v.tokens()));
            }
            case NONE -> {
                String where = "表三 · " + row.qualifiedLabel();
                outcome.report(log, "该行只读到" + v.tokens().size() + "个单元格，应有7个（自然人、五类法人或其他组织、总计）", where, pos, row);
                Long[] read = new Long[N];
                for (int c = 0; c < v.tokens().size() && c < N; c++) {
                    read[c] = cells.count(v.tokens().get(c), where, pos, row);
                }
                rows.fixed().put(row, read);
            }
        }
        return outcome == SplitOutcome.ONE;
    }

    private static boolean rowTotalHolds(Long[] row) {
        Identity total = Table3.rowTotal(row);
        return total == null || total.holds();
    }

    private static boolean rowTotalHolds(List<String> cells) {
        Long[] row = new Long[N];
        for (int c = 0; c < N; c++) {
            BigDecimal v = cells.get(c).isEmpty() ? null : AssemblerValues.number(cells.get(c));
            if (v == null || v.scale() > 0 && v.stripTrailingZeros().scale() > 0) {
                return false;
            }
            row[c] = v.longValue();
        }
        Identity total = Table3.rowTotal(row);
        return total != null && total.holds();
    }

    /** Decides the open rows together by the table's identities, each with its finding. */
    private void resolve(Rows rows, Edition edition) {
        Map<Table3Row, List<Long[]>> resolved = CellSplitter.resolveTable3(rows.fixed(), rows.open(), edition);
        for (var e : resolved.entrySet()) {
            Table3Row row = e.getKey();
            String where = "表三 · " + row.qualifiedLabel();
            SourcePosition pos = log.positionOf(row);
            String printed = rows.printed().get(row);
            SplitOutcome outcome = e.getValue().size() == 1 ? SplitOutcome.ONE : SplitOutcome.SEVERAL;
            if (outcome == SplitOutcome.ONE) {
                rows.fixed().put(row, e.getValue().get(0));
                outcome.report(
                        log,
                        "该行单元格之间没有分隔，数字“" + printed + "”按勾稽关系（总计等于各列之和、表三各项平衡）唯一确定为 "
                                + CellSplitter.describe(e.getValue()),
                        where,
                        pos,
                        row);
            } else {
                rows.fixed().put(row, CellSplitter.agreed(e.getValue()));
                outcome.report(
                        log,
                        "该行单元格之间没有分隔，数字“" + printed + "”按勾稽关系仍有多种读法（" + CellSplitter.describe(e.getValue())
                                + "），无法确定的单元格按空白处理",
                        where,
                        pos,
                        row);
            }
        }
    }
}
