package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small variants of real reports, each read by the assembler to the numbers printed. */
class AssemblerVariantsTests {

    /** Table 3 of the 2021 edition as text rows, with each group label on the line of {@code onRow}. */
    private static String table3(String otherLabelOn, boolean withSubRows) {
        List<String> rows = new ArrayList<>();
        rows.add("申请人情况");
        rows.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织 | 总计");
        rows.add("商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他");
        int i = 0;
        for (Table3Row row : (withSubRows ? Edition.E2021 : Edition.E2019).table3Rows()) {
            i++;
            StringBuilder line = new StringBuilder();
            if (row == Table3Row.THIRD_PARTY_RIGHTS) {
                line.append("（三）不予公开 | ");
            }
            if (row == Table3Row.NOT_HELD) {
                line.append("三、本年度办理结果 | ");
            }
            if (row == Table3Row.NEEDS_CREATION) {
                line.append("（四）无法提供 | ");
            }
            if (row.name().equals(otherLabelOn)) {
                line.append("（六）其他处理 | ");
            }
            line.append(row.label());
            for (int c = 0; c < 6; c++) {
                line.append(" | ").append(c == 0 ? i : 0);
            }
            line.append(" | ").append(i);
            rows.add(line.toString());
        }
        return String.join("\n", rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_CORRECTION_IN_TIME", "FEE_NOT_PAID", "OTHER_OTHER"})
    void aCentredOtherLabelOnAnySubRowLeavesEverySubRowItsOwnNumbers(String on) {
        ParsedReport parsed = TextReportParser.parse(table3(on, true));
        AnnualReport r = parsed.report();
        List<Table3Row> rows = Edition.E2021.table3Rows();
        assertThat(r.table3().rows()).containsExactlyInAnyOrderElementsOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(r.table3().row(rows.get(i)))
                    .as(rows.get(i).key())
                    .containsExactly((long) i + 1, 0L, 0L, 0L, 0L, 0L, (long) i + 1);
        }
        assertThat(parsed.findings()).extracting(Finding::rule).doesNotContain("DOC.ROW_MISSING", "DOC.ROW_SHORT");
    }

    @Test
    void theSingleOtherRowOf2019IsStillOneRow() {
        ParsedReport parsed = TextReportParser.parse(table3("", false));
        AnnualReport r = parsed.report();
        assertThat(r.table3().rows()).containsExactlyInAnyOrderElementsOf(Edition.E2019.table3Rows());
        assertThat(r.table3().row(Table3Row.OTHER)).containsExactly(21L, 0L, 0L, 0L, 0L, 0L, 21L);
        assertThat(r.table3().row(Table3Row.TOTAL)).containsExactly(22L, 0L, 0L, 0L, 0L, 0L, 22L);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"0;0", "96171.6;96171.6", "5949.088667;5949.088667", "—;", "/;", "－;"})
    void feeAmountsAreKeptAsPrinted(String printed, String expected) {
        String text = String.join(
                "\n",
                "第二十条第（一）项",
                "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "规章 | 0 | 0 | 0",
                "行政规范性文件 | 1 | 0 | 9",
                "第二十条第（五）项",
                "信息内容 | 本年处理决定数量",
                "行政许可 | 7",
                "第二十条第（六）项",
                "信息内容 | 本年处理决定数量",
                "行政处罚 | 3",
                "行政强制 | 0",
                "第二十条第（八）项",
                "信息内容 | 本年收费金额（单位：万元）",
                "行政事业性收费 | " + printed);
        ParsedReport parsed = TextReportParser.parse(text);
        AnnualReport r = parsed.report();
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        if (expected == null) {
            assertThat(r.table2().hasRow(Table2Row.ADMINISTRATIVE_FEES)).isTrue();
            assertThat(r.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                    .isNull();
        } else {
            assertThat(r.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                    .isEqualByComparingTo(expected);
            assertThat(r.table2()
                            .get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT)
                            .toPlainString())
                    .isEqualTo(expected);
        }
        assertThat(r.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE))
                .isEqualByComparingTo("9");
        assertThat(parsed.findings()).extracting(Finding::rule).doesNotContain("DOC.CELL_UNREADABLE");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "某区人民政府办公室关于2022年政府信息公开工作年度报告\\n正文;某区人民政府办公室;2022",
                "某局2021年政府信息公开工作年度报告\\n2022年1月20日;某局;2021",
                "某市生态环境局\\n2023年度政府信息公开工作年度报告;某市生态环境局;2023",
                "某镇人民政府2020年政府信息公开工作年度报告;某镇人民政府;2020",
                "某街道办事处2024年度政府信息公开工作年度报告;某街道办事处;2024",
                "某区政务服务数据管理中心2024年政府信息公开工作年度报告;某区政务服务数据管理中心;2024",
                "现将我局2022年政府信息公开工作年度报告;;2022",
                "本报告依据条例编制。\\n2023年度政府信息公开工作年度报告;;2023",
                "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。;;2023",
                "报告中所列数据统计期限为2023年1月1日至12月31日。;;2023",
                "本年报统计时限为2021年01月01日至2021年12月31日。;;2021",
                "统计期限：2020年1月1日—12月31日;;2020"
            })
    void titleAgencyAndYear(String head, String agency, Integer year) {
        AnnualReport r = TextReportParser.parse(head.replace("\\n", "\n") + "\n一、总体情况\n2019年工作如常。")
                .report();
        assertThat(r.agency()).isEqualTo(agency);
        assertThat(r.year()).isEqualTo(year);
    }

    @Test
    void plausibleAgencies() {
        assertThat(TitleReader.plausibleAgency("平潭综合实验区")).isTrue();
        assertThat(TitleReader.plausibleAgency("某市人民政府")).isTrue();
        assertThat(TitleReader.plausibleAgency("某县发展和改革委员会")).isTrue();
        assertThat(TitleReader.plausibleAgency("某开发区管委会")).isTrue();
        assertThat(TitleReader.plausibleAgency("现将我局")).isFalse();
        assertThat(TitleReader.plausibleAgency("根据条例要求")).isFalse();
        assertThat(TitleReader.plausibleAgency("本报告")).isFalse();
        assertThat(TitleReader.plausibleAgency("示例")).isFalse();
        assertThat(TitleReader.plausibleAgency("来源：某局")).isFalse();
    }

    @Test
    void bracketedHeadingsCountOnlyWhenTheReportHasNoOthers() {
        String bracketed = String.join(
                "\n",
                "（一）总体情况",
                "全年工作如常。",
                "（二）主动公开政府信息情况",
                "主动公开信息10条。",
                "（三）收到和处理政府信息公开申请情况",
                "（四）政府信息公开行政复议、行政诉讼情况",
                "无。",
                "（五）存在的主要问题及改进情况",
                "有待加强。",
                "（六）其他需要报告的事项",
                "无");
        AnnualReport r = TextReportParser.parse(bracketed).report();
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(5).text()).isEqualTo("有待加强。");
        assertThat(r.section(3).text()).isEmpty();

        String subHeadings = String.join(
                "\n", "一、总体情况", "（一）主动公开政府信息情况", "主动公开信息10条。", "（二）总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项", "无");
        AnnualReport s = TextReportParser.parse(subHeadings).report();
        assertThat(s.sections()).extracting(Section::present).containsExactly(true, true, false, false, false, true);
        assertThat(s.section(1).text()).contains("（一）主动公开政府信息情况", "（二）总体情况");
    }

    @Test
    void aLostHeadingFiveTakesOnlyTheProseAfterTable4() {
        String text = String.join(
                "\n",
                "一、总体情况",
                "总体良好。",
                "四、政府信息公开行政复议、行政诉讼情况",
                "行政复议 | 行政诉讼",
                "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
                "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                "下一步将加强培训。",
                "六、其他需要报告的事项",
                "无");
        AnnualReport r = TextReportParser.parse(text).report();
        assertThat(r.section(5).present()).isFalse();
        assertThat(r.section(5).text()).isEqualTo("下一步将加强培训。");
        assertThat(r.section(4).text()).isEmpty();
        assertThat(r.section(6).text()).isEqualTo("无");
    }

    @Test
    void pageNumbersAreNotCells() {
        assertThat(furniture("— 3 —")).isTrue();
        assertThat(furniture("-12-")).isTrue();
        assertThat(furniture("第 3 页 共 8 页")).isTrue();
        assertThat(furniture("第3页，共8页")).isTrue();
        assertThat(furniture("共8页 第3页")).isTrue();
        assertThat(furniture("3")).isFalse();
        assertThat(furniture("-3")).isFalse();
        assertThat(furniture("第二十条第（一）项")).isFalse();
        assertThat(furniture("— 0 — 0")).isFalse();
    }

    private static boolean furniture(String line) {
        String n = ChineseText.normalize(line);
        return AssemblerText.isPageFurniture(new StringBuilder("x\n").append(n), 2);
    }

    @Test
    void zeroWidthCharactersAndEntitiesAreNotText() {
        assertThat(ChineseText.normalize("1\u200B2")).isEqualTo("12");
        assertThat(ChineseText.normalize("\uFEFF行政\u200D许可")).isEqualTo("行政许可");
        assertThat(ChineseText.normalize("行政许可&nbsp;12")).isEqualTo("行政许可 12");
        assertThat(ChineseText.normalize("A&amp;B")).isEqualTo("A&amp;B");
        assertThat(TextReportParser.lines("规章&nbsp;&nbsp;1&nbsp;2", 1).get(0).cells())
                .containsExactly("规章", "1\u00A02");
        assertThat(ApplicantColumn.values()).hasSize(7);
    }
}
