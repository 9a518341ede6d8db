package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Group;

/**
 * The repository's own sample report (示例市交通运输局, 2023, 2021 edition, Simplified), the same
 * content in every format: hand-written HTML under {@code src/test/resources/html/}, and as {@link
 * Block}s from which the DOCX and PDF tests generate their files. Its arithmetic balances; the one
 * irregular cell is 行政强制, printed as the placeholder "/".
 */
final class SampleReport {
    private SampleReport() {}

    static final String TITLE = "示例市交通运输局2023年政府信息公开工作年度报告";

    /** A cell of a table as marked up: text and its spans. */
    record Cell(String text, int colspan, int rowspan) {
        static Cell of(Object text) {
            return new Cell(String.valueOf(text), 1, 1);
        }
    }

    /** A paragraph or a table, in document order; {@code newPage} starts it on a new page. */
    sealed interface Block permits Paragraph, Table {}

    record Paragraph(String text, boolean newPage) implements Block {}

    record Table(List<List<Cell>> rows, boolean newPage) implements Block {}

    static final Map<Table3Row, long[]> TABLE3 = new LinkedHashMap<>();

    static {
        t3(Table3Row.NEW_RECEIVED, 40, 5, 0, 1, 2, 0, 48);
        t3(Table3Row.CARRIED_OVER, 3, 0, 0, 0, 0, 0, 3);
        t3(Table3Row.GRANTED, 20, 3, 0, 1, 1, 0, 25);
        t3(Table3Row.PARTIALLY_GRANTED, 5, 1, 0, 0, 0, 0, 6);
        t3(Table3Row.STATE_SECRET, 1, 0, 0, 0, 0, 0, 1);
        t3(Table3Row.PROHIBITED_BY_LAW, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.THREE_SECURITY_ONE_STABILITY, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.THIRD_PARTY_RIGHTS, 2, 0, 0, 0, 0, 0, 2);
        t3(Table3Row.INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.PROCESS_INFORMATION, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.LAW_ENFORCEMENT_FILES, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.ADMINISTRATIVE_INQUIRY, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.NOT_HELD, 6, 0, 0, 0, 1, 0, 7);
        t3(Table3Row.NEEDS_CREATION, 1, 0, 0, 0, 0, 0, 1);
        t3(Table3Row.STILL_UNCLEAR, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.PETITION_COMPLAINT, 1, 0, 0, 0, 0, 0, 1);
        t3(Table3Row.DUPLICATE, 2, 0, 0, 0, 0, 0, 2);
        t3(Table3Row.PUBLICATION, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.MASS_REPEATED, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.CONFIRM_OR_REISSUE, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.NO_CORRECTION_IN_TIME, 1, 0, 0, 0, 0, 0, 1);
        t3(Table3Row.FEE_NOT_PAID, 0, 0, 0, 0, 0, 0, 0);
        t3(Table3Row.OTHER_OTHER, 1, 0, 0, 0, 0, 0, 1);
        t3(Table3Row.TOTAL, 40, 4, 0, 1, 2, 0, 47);
        t3(Table3Row.CARRIED_FORWARD, 3, 1, 0, 0, 0, 0, 4);
    }

    static final long[] TABLE4 = {2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1};

    private static void t3(Table3Row row, long... values) {
        TABLE3.put(row, values);
    }

    /** Asserts that {@code report} holds exactly the sample's year, edition and numbers. */
    /** A line of {@code lines} whose first cell is {@code first}. */
    static GridLine lineStarting(List<GridLine> lines, String first) {
        return lines.stream()
                .filter(l -> l.cells().get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + first + " in " + lines));
    }

    /**
     * The sample's merged cells as a Word reader gives them: a cell spanning columns once, a
     * continuation of a cell spanning rows as an empty cell; table rows marked, prose not.
     */
    static void assertMergedCells(List<GridLine> lines) {
        assertThat(lineStarting(lines, "行政许可").cells()).containsExactly("行政许可", "356");
        assertThat(lineStarting(lines, "三、本年度办理结果").cells())
                .containsExactly("三、本年度办理结果", "（一）予以公开", "20", "3", "0", "1", "1", "0", "25");
        GridLine partial = lines.get(lines.indexOf(lineStarting(lines, "三、本年度办理结果")) + 1);
        assertThat(partial.cells())
                .containsExactly("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "5", "1", "0", "0", "0", "0", "6");
        assertThat(partial.tableRow()).isTrue();
        assertThat(lineStarting(lines, "一、总体情况").tableRow()).isFalse();
    }

    static void assertNumbers(AnnualReport report) {
        assertThat(report.year()).as("year").isEqualTo(2023);
        assertThat(report.edition()).as("edition").isEqualTo(Edition.E2021);
        assertThat(report.table2()).as("table 2").isNotNull();
        assertThat(report.table2().get(Table2Row.REGULATIONS, Table2Column.ISSUED))
                .isEqualByComparingTo("1");
        assertThat(report.table2().get(Table2Row.REGULATIONS, Table2Column.REPEALED))
                .isEqualByComparingTo("0");
        assertThat(report.table2().get(Table2Row.REGULATIONS, Table2Column.IN_FORCE))
                .isEqualByComparingTo("3");
        assertThat(report.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED))
                .isEqualByComparingTo("12");
        assertThat(report.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED))
                .isEqualByComparingTo("4");
        assertThat(report.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE))
                .isEqualByComparingTo("87");
        assertThat(report.table2().get(Table2Row.LICENSING, Table2Column.DECISIONS_2021))
                .isEqualByComparingTo("356");
        assertThat(report.table2().get(Table2Row.PENALTIES, Table2Column.DECISIONS_2021))
                .isEqualByComparingTo("1024");
        assertThat(report.table2().hasRow(Table2Row.ENFORCEMENT))
                .as("行政强制 row read")
                .isTrue();
        assertThat(report.table2().get(Table2Row.ENFORCEMENT, Table2Column.DECISIONS_2021))
                .as("placeholder '/'")
                .isNull();
        assertThat(report.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                .isEqualByComparingTo(new BigDecimal("12.5678"));
        assertThat(report.table3()).as("table 3").isNotNull();
        for (var e : TABLE3.entrySet()) {
            assertThat(report.table3().row(e.getKey()))
                    .as("表三 " + e.getKey().qualifiedLabel())
                    .containsExactly(boxed(e.getValue()));
        }
        assertThat(report.table4()).as("table 4").isNotNull();
        List<Long> t4 = new ArrayList<>();
        for (Table4Group g : Table4Group.values()) {
            for (var c : org.gongkai.report.Table4Column.values()) {
                t4.add(report.table4().get(g, c));
            }
        }
        assertThat(t4).as("table 4").containsExactly(boxed(TABLE4));
    }

    static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** The sample as blocks; {@code table3OnNewPage} puts section 三 (heading and table) on a new page. */
    static List<Block> blocks(boolean table3OnNewPage) {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(TITLE, false));
        b.add(new Paragraph("本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", false));
        b.add(new Paragraph("一、总体情况", false));
        b.add(new Paragraph("2023年，我局全年共受理政府信息公开申请48件。", false));
        b.add(new Paragraph("二、主动公开政府信息情况", false));
        b.add(new Table(table2(), false));
        b.add(new Paragraph("三、收到和处理政府信息公开申请情况", table3OnNewPage));
        b.add(new Table(table3(), false));
        b.add(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", false));
        b.add(new Table(table4(), false));
        b.add(new Paragraph("五、存在的主要问题及改进情况", false));
        b.add(new Paragraph("一是依申请公开答复质量有待提高。", false));
        b.add(new Paragraph("六、其他需要报告的事项", false));
        b.add(new Paragraph("本年度未收取信息处理费。", false));
        return b;
    }

    private static List<List<Cell>> table2() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("第二十条第（一）项", 4, 1)));
        rows.add(cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        rows.add(cells("规章", 1, 0, 3));
        rows.add(cells("行政规范性文件", 12, 4, 87));
        for (String[] block : new String[][] {
            {"第二十条第（五）项", "本年处理决定数量", "行政许可", "356"},
            {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "1024", "行政强制", "/"},
            {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "12.5678"}
        }) {
            rows.add(List.of(new Cell(block[0], 4, 1)));
            rows.add(List.of(Cell.of("信息内容"), new Cell(block[1], 3, 1)));
            for (int i = 2; i < block.length; i += 2) {
                rows.add(List.of(Cell.of(block[i]), new Cell(block[i + 1], 3, 1)));
            }
        }
        return rows;
    }

    private static List<List<Cell>> table3() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new Cell("申请人情况", 7, 1)));
        rows.add(List.of(new Cell("自然人", 1, 2), new Cell("法人或其他组织", 5, 1), new Cell("总计", 1, 2)));
        rows.add(cells("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        Table3Row.Group group = null;
        boolean first = true;
        for (var e : TABLE3.entrySet()) {
            Table3Row r = e.getKey();
            List<Cell> row = new ArrayList<>();
            if (!r.isResult() && r != Table3Row.TOTAL) {
                row.add(new Cell(r.label(), 3, 1));
            } else {
                if (first) {
                    row.add(new Cell("三、本年度办理结果", 1, 22));
                    first = false;
                }
                if (r.group().heading() == null) {
                    row.add(new Cell(r.label(), 2, 1));
                } else {
                    if (r.group() != group) {
                        long span = org.gongkai.report.Edition.E2021.table3Rows().stream()
                                .filter(x -> x.group() == r.group())
                                .count();
                        row.add(new Cell(r.group().heading(), 1, (int) span));
                    }
                    row.add(Cell.of(r.label()));
                }
                group = r.group();
            }
            for (long v : e.getValue()) {
                row.add(Cell.of(v));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Cell>> table4() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("行政复议", 5, 2), new Cell("行政诉讼", 10, 1)));
        rows.add(List.of(new Cell("未经复议直接起诉", 5, 1), new Cell("复议后起诉", 5, 1)));
        List<Cell> heads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            heads.addAll(cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        rows.add(heads);
        List<Cell> values = new ArrayList<>();
        for (long v : TABLE4) {
            values.add(Cell.of(v));
        }
        rows.add(values);
        return rows;
    }

    private static List<Cell> cells(Object... texts) {
        List<Cell> out = new ArrayList<>();
        for (Object t : texts) {
            out.add(Cell.of(t));
        }
        return out;
    }
}
