package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * Reads table 2 (主动公开政府信息情况, domain-spec §2.3) by its row labels, after its first header
 * words ({@code 第二十条第（一）项}, {@code 本年制发件数}…). Run-together cells are split only where the
 * column kinds allow one reading (a decimal only in an amount, a sign only in 本年增/减).
 */
final class Table2Reader {
    private final AssemblerText t;
    private final String s;
    private final LabelFinder labels;
    private final ValueScanner values;
    private final ReadingLog log;
    private final CellReader cells;

    Table2Reader(AssemblerText t, LabelFinder labels, ValueScanner values, ReadingLog log) {
        this.t = t;
        this.s = t.text;
        this.labels = labels;
        this.values = values;
        this.log = log;
        this.cells = new CellReader(log);
    }

    private static String key(Table2Row row) {
        return switch (row) {
            case NORMATIVE_DOCUMENTS -> "规范性文件";
            default -> row.label(Edition.E2019);
        };
    }

    /** Reads table 2 into the report; returns the text it was read from. */
    Span read(AnnualReport report, Edition edition, AssemblerHeadings headings) {
        int anchor = labels.firstOf(0, "第二十条第（一）项", "本年制发件数", "本年新制作数量", "第二十条第（");
        if (anchor < 0) {
            anchor = s.indexOf("信息内容");
        }
        if (anchor < 0) {
            log.add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表二（主动公开政府信息情况）", "表二", null);
            return Span.at(Math.max(0, headings.start(2)));
        }
        Map<Table2Row, LabelFinder.Hit> hits = findRows(edition, anchor);
        if (hits.isEmpty()) {
            log.add("DOC.TABLE_MISSING", Severity.ERROR, "未找到表二（主动公开政府信息情况）的数据行", "表二", t.positionAt(anchor));
            return Span.at(anchor);
        }
        Table2 table = new Table2();
        int end = anchor;
        List<Table2Row> found = new ArrayList<>(hits.keySet());
        for (int i = 0; i < found.size(); i++) {
            Table2Row row = found.get(i);
            int limit = i + 1 < found.size() ? hits.get(found.get(i + 1)).start() : s.length();
            end = Math.max(end, readRow(table, row, edition, hits.get(row), limit));
        }
        for (Table2Row row : edition.table2Rows()) {
            if (!hits.containsKey(row)) {
                log.add(
                        "DOC.ROW_MISSING",
                        Severity.WARNING,
                        "表二缺少“" + row.label(edition) + "”行",
                        "表二 · " + row.label(edition),
                        null);
            }
        }
        report.table2(table);
        return new Span(anchor, end);
    }

    private Map<Table2Row, LabelFinder.Hit> findRows(Edition edition, int anchor) {
        Map<Table2Row, LabelFinder.Hit> hits = new EnumMap<>(Table2Row.class);
        int p = anchor;
        boolean first = true;
        for (Table2Row row : edition.table2Rows()) {
            LabelFinder.Hit h =
                    labels.find(key(row), null, p, first ? LabelFinder.FIRST_ROW_WINDOW : LabelFinder.ROW_WINDOW);
            if (h != null) {
                hits.put(row, h);
                p = h.end();
                first = false;
            }
        }
        misprinted(edition, anchor, hits);
        return hits;
    }

    /** Adds the rows printed with a misprinted label (one character dropped, added or changed), with a note. */
    private void misprinted(Edition edition, int anchor, Map<Table2Row, LabelFinder.Hit> hits) {
        Map<Table2Row, LabelFinder.Hit> found = new MisprintFinder(s, labels)
                .misprinted(edition.table2Rows(), hits, row -> false, Table2Reader::key, row -> null, anchor);
        found.forEach((row, h) -> log.misprinted(
                s.substring(h.start(), h.end()),
                row.label(edition),
                "表二 · " + row.label(edition),
                t.positionAt(h.keyStart())));
        hits.putAll(found);
    }

    /** Reads one row's values up to {@code limit}; returns where its values end. */
    private int readRow(Table2 table, Table2Row row, Edition edition, LabelFinder.Hit h, int limit) {
        List<Table2Column> columns = row.columns(edition);
        ValueScanner.Values v = values.read(h.end(), limit, columns.size(), true);
        String where = "表二 · " + row.label(edition);
        SourcePosition pos = t.positionAt(h.keyStart());
        log.position(row, pos);
        table.addRow(row);
        List<String> printed = ValueScanner.exactly(v.tokens(), columns.size());
        if (printed == null) {
            printed = split(row, columns, v, where, pos);
        }
        for (int c = 0; c < columns.size(); c++) {
            table.set(row, columns.get(c), cells.amount(printed.get(c), columns.get(c), where, pos, row));
        }
        return v.end();
    }

    /** The cells of a short row: split one way, the agreed cells of several, or as far as it goes. */
    private List<String> split(
            Table2Row row, List<Table2Column> columns, ValueScanner.Values v, String where, SourcePosition pos) {
        List<List<String>> readings = filterKinds(SplitOutcome.readings(v, columns.size()), columns);
        SplitOutcome outcome = SplitOutcome.of(readings);
        return switch (outcome) {
            case ONE -> {
                outcome.report(log, "该行单元格之间没有分隔，按数字唯一可能的拆分读作 " + String.join("|", readings.get(0)), where, pos, row);
                yield readings.get(0);
            }
            case SEVERAL -> {
                outcome.report(
                        log,
                        "该行单元格之间没有分隔，数字“" + String.join(" ", v.tokens()) + "”可拆分为多种读法（" + describe(readings)
                                + "），无法确定的单元格按空白处理",
                        where,
                        pos,
                        row);
                yield agreed(readings);
            }
            case NONE -> {
                outcome.report(
                        log,
                        "该行只读到" + v.tokens().size() + "个单元格，应有" + columns.size() + "个（" + labels(columns) + "）",
                        where,
                        pos,
                        row);
                List<String> out = new ArrayList<>(v.tokens());
                while (out.size() < columns.size()) {
                    out.add("");
                }
                yield out;
            }
        };
    }

    private static String labels(List<Table2Column> columns) {
        StringBuilder sb = new StringBuilder();
        for (Table2Column c : columns) {
            sb.append(sb.isEmpty() ? "" : "、").append(c.label());
        }
        return sb.toString();
    }

    /** The readings whose cells fit their columns: a decimal only in an amount, a sign only in 本年增/减. */
    private static List<List<String>> filterKinds(List<List<String>> readings, List<Table2Column> columns) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : readings) {
            boolean ok = true;
            for (int i = 0; i < r.size() && ok; i++) {
                String p = r.get(i);
                Table2Column.Kind kind = columns.get(i).kind();
                if (p.indexOf('.') >= 0 && kind != Table2Column.Kind.AMOUNT) {
                    ok = false;
                }
                if ((p.startsWith("-") || p.startsWith("+")) && kind != Table2Column.Kind.SIGNED_COUNT) {
                    ok = false;
                }
            }
            if (ok) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> agreed(List<List<String>> readings) {
        List<String> out = new ArrayList<>(readings.get(0));
        for (List<String> r : readings) {
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).equals(r.get(i))) {
                    out.set(i, "");
                }
            }
        }
        return out;
    }

    private static String describe(List<List<String>> readings) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < readings.size() && i < 5; i++) {
            sb.append(i == 0 ? "" : "；").append(String.join("|", readings.get(i)));
        }
        if (readings.size() > 5) {
            sb.append("；等").append(readings.size()).append("种");
        }
        return sb.toString();
    }
}
