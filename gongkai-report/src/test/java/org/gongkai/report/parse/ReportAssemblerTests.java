package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;

class ReportAssemblerTests {

    private static GridLine row(int page, String... cells) {
        return new GridLine(List.of(cells), SourcePosition.page(page), true);
    }

    @Test
    void tableRowsFromAStructuredSourceAreReadByTheirLabels() {
        List<GridLine> lines = new ArrayList<>();
        lines.add(row(1, "某区教育局2020年政府信息公开工作年度报告"));
        lines.add(row(1, "一、总体情况"));
        lines.add(row(1, "本年度工作正常开展。"));
        lines.add(row(2, "二、主动公开政府信息情况"));
        lines.add(row(2, "第二十条第（五）项", "", "", ""));
        lines.add(row(2, "行政许可", "10", "+19", "29"));
        lines.add(row(2, "第二十条第（九）项", "", ""));
        lines.add(row(2, "政府集中采购", "3", "73802895.90元"));
        lines.add(row(3, "三、本年度办理结果", "（一）予以公开", "4", "0", "0", "0", "0", "0", "4"));
        lines.add(row(3, "（六）其他处理", "1", "", "", "", "", "", "1"));
        lines.add(row(3, "（七）总计", "12", "0", "0"));
        lines.add(row(4, "复议后起诉"));
        lines.add(row(4, "0", "0", "0", "0", "0", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"));
        ParsedReport parsed = ReportAssembler.assemble(lines);
        AnnualReport r = parsed.report();

        assertThat(r.agency()).isEqualTo("某区教育局");
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(r.table2().get(Table2Row.LICENSING, Table2Column.CHANGE)).isEqualByComparingTo("19");
        assertThat(r.table2().get(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT))
                .isEqualByComparingTo("73802895.9");
        assertThat(r.table3().row(Table3Row.GRANTED)).containsExactly(4L, 0L, 0L, 0L, 0L, 0L, 4L);
        assertThat(r.table3().row(Table3Row.OTHER)).containsExactly(1L, null, null, null, null, null, 1L);
        // A structured row's cells are trusted: a short one is reported, never split.
        assertThat(r.table3().row(Table3Row.TOTAL)).containsExactly(12L, 0L, 0L, null, null, null, null);
        assertThat(r.table4().get(Table4Group.LITIGATION_DIRECT, Table4Column.TOTAL))
                .isEqualTo(1L);
        assertThat(parsed.metadata().positionOf(Table3Row.OTHER)).isEqualTo(SourcePosition.page(3));
        assertThat(parsed.metadata().positionOf(SectionHeading.PROACTIVE)).isEqualTo(SourcePosition.page(2));
        assertThat(parsed.findings())
                .filteredOn(f -> f.rule().equals("DOC.ROW_SHORT"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.where()).isEqualTo("表三 · 三（七）总计");
                    assertThat(f.page()).isEqualTo(3);
                });
        assertThat(parsed.findings())
                .filteredOn(f -> f.rule().equals("DOC.ROW_MISSING"))
                .extracting(Finding::where)
                .contains("表二 · 规章", "表三 · 一、本年新收政府信息公开申请数量")
                .doesNotContain("表三 · 三（六）其他处理");
    }

    @Test
    void runTogetherCellsAreSplitByTheIdentities() {
        String text = String.join(
                "\n",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 713000074二、上年结转政府信息公开申请数量 1000001"
                        + "三、本年度办理结果（一）予以公开 723000075（二）部分公开 0000000（六）其他处理 0000000"
                        + "（七）总计 723000075四、结转下年度继续办理 0000000");
        ParsedReport parsed = TextReportParser.parse(text);
        AnnualReport r = parsed.report();
        assertThat(r.table3().row(Table3Row.NEW_RECEIVED)).containsExactly(71L, 3L, 0L, 0L, 0L, 0L, 74L);
        assertThat(r.table3().row(Table3Row.CARRIED_OVER)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(r.table3().row(Table3Row.GRANTED)).containsExactly(72L, 3L, 0L, 0L, 0L, 0L, 75L);
        assertThat(r.table3().row(Table3Row.TOTAL)).containsExactly(72L, 3L, 0L, 0L, 0L, 0L, 75L);
        assertThat(parsed.findings())
                .filteredOn(f -> f.rule().equals("DOC.CELLS_SPLIT"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anUndecidableSplitIsFlaggedAndLeftBlank() {
        String text = "二、主动公开政府信息情况\n第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件8855698第二十条";
        ParsedReport parsed = TextReportParser.parse(text);
        assertThat(parsed.report().table2().get(Table2Row.REGULATIONS, Table2Column.ISSUED))
                .isEqualByComparingTo("0");
        assertThat(parsed.report().table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE))
                .isNull();
        assertThat(parsed.findings())
                .filteredOn(f -> f.rule().equals("DOC.SPLIT_AMBIGUOUS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.where()).isEqualTo("表二 · 行政规范性文件");
                    assertThat(f.message()).contains("8855698", "8|855|698", "等15种");
                });
    }

    @Test
    void aListOfThePartsAndSubHeadingsAreNotSectionHeadings() {
        String text = String.join(
                "\n",
                "本报告包括一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况等内容。",
                "（一）主动公开政府信息情况",
                "全年主动公开信息66条。",
                "六、其他需要报告的事项",
                "无");
        AnnualReport r = TextReportParser.parse(text).report();
        assertThat(r.sections()).extracting(s -> s.present()).containsExactly(false, false, false, false, false, true);
        assertThat(r.preamble()).contains("（一）主动公开政府信息情况");
        assertThat(r.section(2).heading()).isEqualTo(SectionHeading.PROACTIVE.heading());
    }

    @Test
    void theTablesTellTheEditionBeforeTheYearDoes() {
        String text =
                "统计期限自2021年1月1日起至2021年12月31日止。\n第二十条第（一）项 | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0";
        AnnualReport r = TextReportParser.parse(text).report();
        assertThat(r.year()).isEqualTo(2021);
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(TextReportParser.parse("统计期限自2021年1月1日起").report().edition()).isEqualTo(Edition.E2021);
    }

    @Test
    void anythingGivesAReportAndNeverThrows() {
        Random random = new Random(7);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            garbage.append((char) random.nextInt(0x10000));
        }
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            huge.append("行政许可 | 1234567890123456789012345 | 0\n（七）总计 ")
                    .append(i)
                    .append('\n');
        }
        for (String text : List.of("", "   \n\n", garbage.toString(), huge.toString(), "||||\n|\t|")) {
            ParsedReport parsed = TextReportParser.parse(text);
            assertThat(parsed.report()).isNotNull();
            assertThat(parsed.report().sections()).hasSize(6);
        }
        ParsedReport empty = ReportAssembler.assemble(List.of());
        assertThat(empty.findings())
                .extracting(Finding::rule)
                .containsExactly("DOC.TABLE_MISSING", "DOC.TABLE_MISSING", "DOC.TABLE_MISSING");
        assertThat(ReportAssembler.assemble(null).report().table3()).isNull();
        assertThat(TextReportParser.lines(null, 3)).isEmpty();
    }

    @Test
    void linesKeepThePageAndLineTheyCameFrom() {
        List<GridLine> lines = TextReportParser.lines("规章\t0\t0\t0\n\n行政许可  64 | -3|61", 5);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).cells()).containsExactly("规章", "0", "0", "0");
        assertThat(lines.get(1).cells()).containsExactly("行政许可", "64", "-3", "61");
        assertThat(lines.get(1).position()).isEqualTo(new SourcePosition(5, 3));
        assertThat(lines.get(1).tableRow()).isFalse();
        assertThat(ApplicantColumn.values()).hasSize(7);
    }
}
