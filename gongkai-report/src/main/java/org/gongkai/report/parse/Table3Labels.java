package org.gongkai.report.parse;

import java.util.EnumMap;
import java.util.Map;
import org.gongkai.report.Edition;
import org.gongkai.report.Table3Row;

/**
 * Finds the row labels of table 3 in order, each by a key word of its label with its numbering read
 * around it; （六）其他处理 is decided by its sub-rows (a row of its own in 2019, a group of three in
 * 2021, domain-spec §2.6 item 7).
 */
final class Table3Labels {
    private final LabelFinder labels;

    Table3Labels(LabelFinder labels) {
        this.labels = labels;
    }

    /** The text looked for to find each row of table 3; its numbering and the rest of the label are read around it. */
    static String key(Table3Row row) {
        return switch (row) {
            case NEW_RECEIVED -> "本年新收";
            case CARRIED_OVER -> "上年结转";
            case GRANTED -> "予以公开";
            case PARTIALLY_GRANTED -> "部分公开";
            case STATE_SECRET -> "国家秘密";
            case PROHIBITED_BY_LAW -> "禁止公开";
            case THREE_SECURITY_ONE_STABILITY -> "三安全一稳定";
            case THIRD_PARTY_RIGHTS -> "第三方合法权益";
            case INTERNAL_AFFAIRS -> "内部事务";
            case PROCESS_INFORMATION -> "过程性信息";
            case LAW_ENFORCEMENT_FILES -> "行政执法案卷";
            case ADMINISTRATIVE_INQUIRY -> "行政查询事项";
            case NOT_HELD -> "不掌握相关政府信息";
            case NEEDS_CREATION -> "另行制作";
            case STILL_UNCLEAR -> "仍不明确";
            case PETITION_COMPLAINT -> "信访举报投诉";
            case DUPLICATE -> "重复申请";
            case PUBLICATION -> "公开出版物";
            case MASS_REPEATED -> "大量反复申请";
            case CONFIRM_OR_REISSUE -> "确认或重新出具";
            case OTHER -> "其他处理";
            case NO_CORRECTION_IN_TIME -> "逾期不补正";
            case FEE_NOT_PAID -> "逾期未按收费通知";
            case OTHER_OTHER -> "其他";
            case TOTAL -> "总计";
            case CARRIED_FORWARD -> "结转下年度";
        };
    }

    /** The numbering of a sub-row ({@code 1} of 1.属于国家秘密); null for a row numbered otherwise. */
    static String number(Table3Row row) {
        String label = row.label();
        int dot = label.indexOf('.');
        return dot > 0 && dot <= 2 && Character.isDigit(label.charAt(0)) ? label.substring(0, dot) : null;
    }

    /** The rows found after {@code anchor}, in table order. */
    Map<Table3Row, LabelFinder.Hit> find(int anchor) {
        Map<Table3Row, LabelFinder.Hit> hits = new EnumMap<>(Table3Row.class);
        int p = anchor;
        int otherFrom = -1;
        for (Table3Row row : Table3Row.values()) {
            if (row == Table3Row.OTHER) {
                // Decided below, by the sub-rows: a merged （六）其他处理 may be printed on any of their lines.
                otherFrom = p;
                continue;
            }
            LabelFinder.Hit h = findRow(row, p, hits);
            if (h != null) {
                hits.put(row, h);
                p = h.end();
            }
        }
        // （六）其他处理 heads three sub-rows in the 2021 edition and is a row of its own in 2019 (§2.6 item 7):
        // the edition of the row is told by the sub-rows' own labels, wherever the group label was printed.
        boolean subRows = hits.containsKey(Table3Row.NO_CORRECTION_IN_TIME)
                || hits.containsKey(Table3Row.FEE_NOT_PAID)
                || hits.containsKey(Table3Row.OTHER_OTHER);
        if (!subRows && otherFrom >= 0) {
            LabelFinder.Hit total = hits.get(Table3Row.TOTAL);
            LabelFinder.Hit h = labels.find(
                    "其他处理", null, otherFrom, hits.isEmpty() ? LabelFinder.FIRST_ROW_WINDOW : LabelFinder.ROW_WINDOW);
            if (h != null && (total == null || h.start() < total.start())) {
                hits.put(Table3Row.OTHER, h);
            }
        }
        return hits;
    }

    /** The rows of the edition printed with a misprinted label, among those not found by their key. */
    Map<Table3Row, LabelFinder.Hit> misprinted(Map<Table3Row, LabelFinder.Hit> hits, Edition edition, int anchor) {
        return new MisprintFinder(labels.text(), labels)
                .misprinted(
                        edition.table3Rows(),
                        hits,
                        row -> row == Table3Row.OTHER || row == Table3Row.OTHER_OTHER || row == Table3Row.TOTAL,
                        Table3Labels::key,
                        Table3Labels::number,
                        anchor);
    }

    /**
     * After the misprinted rows are added to {@code hits}: a sub-row of （六）其他处理 found only under a
     * misprinted label (逾期 read 谊期 by OCR) tells the 2021 edition as well, so （六）其他处理 is the
     * group, not a row of its own, and its 3.其他 is looked for after the sub-rows.
     */
    void afterMisprints(Map<Table3Row, LabelFinder.Hit> hits) {
        LabelFinder.Hit last = hits.containsKey(Table3Row.FEE_NOT_PAID)
                ? hits.get(Table3Row.FEE_NOT_PAID)
                : hits.get(Table3Row.NO_CORRECTION_IN_TIME);
        if (last == null || hits.containsKey(Table3Row.OTHER_OTHER)) {
            return;
        }
        hits.remove(Table3Row.OTHER);
        LabelFinder.Hit h = otherOther(last.end());
        LabelFinder.Hit total = hits.get(Table3Row.TOTAL);
        if (h != null && (total == null || h.start() < total.start())) {
            hits.put(Table3Row.OTHER_OTHER, h);
        }
    }

    /**
     * 3.其他 of （六）其他处理 after {@code from}: close after the row before it, or further on when only
     * the table's header lies between (Word repeats a table's header rows at the top of each page, and
     * a PDF or its text copy prints them there), never past （七）总计 or the next table's heading.
     */
    private LabelFinder.Hit otherOther(int from) {
        LabelFinder.Hit h = labels.findNumbered("其他", "3", from, LabelFinder.ROW_WINDOW);
        if (h == null || h.start() - from <= 80) {
            return h;
        }
        String between = labels.text().substring(from, h.start());
        for (String stop : OTHER_OTHER_STOPS) {
            if (between.contains(stop)) {
                return null;
            }
        }
        return h;
    }

    /** What ends the search for 3.其他 beyond its nearest place: the rows and headings that follow （六）. */
    private static final String[] OTHER_OTHER_STOPS = {"七）", "七、", "结转下年度", "四、", "行政复议", "其他处理"};

    private LabelFinder.Hit findRow(Table3Row row, int p, Map<Table3Row, LabelFinder.Hit> hits) {
        boolean first = hits.isEmpty();
        int window = first ? LabelFinder.FIRST_ROW_WINDOW : LabelFinder.ROW_WINDOW;
        if (row == Table3Row.OTHER_OTHER) {
            if (!hits.containsKey(Table3Row.FEE_NOT_PAID) && !hits.containsKey(Table3Row.NO_CORRECTION_IN_TIME)) {
                return null;
            }
            return otherOther(p);
        }
        if (row == Table3Row.TOTAL) {
            LabelFinder.Hit h = labels.find("（七）总计", null, p, window);
            if (h == null && !first) {
                // a bare 总计 only among rows already found: alone it is a column header (表三, 表四)
                h = labels.find("总计", null, p, LabelFinder.ROW_WINDOW);
            }
            return h;
        }
        LabelFinder.Hit h = labels.find(key(row), number(row), p, window);
        return h == null || first ? h : labels.startAbove(h, number(row), p);
    }
}
