package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongkai.report.parse.RealLayoutsTests.assertTable2;

import java.io.IOException;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.rules.Auditor;
import org.junit.jupiter.api.Test;

/**
 * Patterns seen in real published reports copied from web pages, each imitated by an own fixture
 * with invented numbers under {@code src/test/resources/text/} (none is a real report): every number
 * is asserted by the fixture's {@code .expected.json} ({@link FixtureExpectationsTests}), and here a
 * correct report gets no error.
 */
class RealPatternsTests {

    /**
     * An HTML table flattened one cell a line, each cell closed by {@code " |"}: a lone {@code |} is a
     * cell left empty (not a separator to drop, which shifted the next values into the wrong columns),
     * {@code ||} and {@code |||} lines are the empty tails of rows and are passed over.
     */
    @Test
    void cellPerLineClosedByBarsWithLoneBarsForEmptyCells() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("cell-bar-per-line-2021.txt");
        AnnualReport r = parsed.report();
        assertThat(parsed.findings()).isEmpty();
        assertThat(r.agency()).isEqualTo("示例县农业农村局");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        List<Finding> audit = new Auditor().audit(parsed, null);
        assertThat(audit).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(audit)
                .filteredOn(f -> f.rule().endsWith(".BLANK_CELL"))
                .extracting(Finding::rule, Finding::where)
                .containsExactly(
                        tuple("T2.BLANK_CELL", "表二 · 第二十条第（一）项 · 规章 · 本年制发件数、本年废止件数、现行有效件数"),
                        tuple(
                                "T3.BLANK_CELL",
                                "表三 · 二、上年结转政府信息公开申请数量 · 法人或其他组织·商业企业、法人或其他组织·科研机构、法人或其他组织·社会公益组织、法人或其他组织·法律服务机构、法人或其他组织·其他"),
                        tuple(
                                "T3.BLANK_CELL",
                                "表三 · 四、结转下年度继续办理 · 法人或其他组织·商业企业、法人或其他组织·科研机构、法人或其他组织·社会公益组织、法人或其他组织·法律服务机构、法人或其他组织·其他"));
    }

    /**
     * Cells padded with two spaces before their bar ({@code 规章  | 0  | 0  | 0  | }), rows closed by
     * a bar and empty trailing cells ({@code | ||}), 2019 edition with signed 本年增/减: the padding is
     * part of the border, not an empty cell of its own (which had blanked every other cell).
     */
    @Test
    void barsPaddedWithSpaces() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("pipes-padded-2019.txt");
        AnnualReport r = parsed.report();
        assertThat(parsed.findings()).isEmpty();
        assertThat(r.agency()).isEqualTo("示例区卫生健康局");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(new Auditor().audit(parsed, null)).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The same flattening with a lone {@code |} opening every row ({@code |} / {@code 规章 |} / {@code 0 |}
     * …): here the lone bars are row borders, not empty cells (most are followed by a label), so table
     * 4's fifteen values are not shifted by the bar that opens their row; a cell left empty before the
     * next row's bar is a short row.
     */
    @Test
    void loneBarsOpeningRowsAreNoCells() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("bar-opens-row-2023.txt");
        AnnualReport r = parsed.report();
        assertThat(parsed.findings())
                .extracting(Finding::rule, Finding::where)
                .containsExactly(tuple("DOC.ROW_SHORT", "表二 · 规章"));
        assertThat(r.agency()).isEqualTo("示例市城市管理局");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        List<Finding> audit = new Auditor().audit(parsed, null);
        assertThat(audit).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(audit).noneMatch(f -> f.rule().endsWith(".BLANK_CELL"));
    }

    /** 本年增/减 printed in words ({@code 减37}, {@code 增2}, {@code 减少1}) is read as the signed number. */
    @Test
    void changesPrintedInWords() throws IOException {
        String text = TextReportParserTests.fixture("pipes-padded-2019.txt")
                .replace("| -37  |", "| 减37  |")
                .replace("| +2  |", "| 增2  |")
                .replace("| -1  |", "| 减少1  |");
        assertThat(text).contains("减37", "增2", "减少1");
        ParsedReport parsed = TextReportParser.parse(text);
        assertThat(parsed.findings()).isEmpty();
        AnnualReport r = parsed.report();
        assertTable2(r, Edition.E2019, new String[][] {
            {"0", "0", "0"},
            {"4", "4", "36"},
            {"512", "-37", "1290"},
            {"6", "2", "14"},
            {"88", "5", "73"},
            {"0", "0", "0"},
            {"3", "-1"},
            {"2", "36.8"}
        });
        assertThat(AssemblerText.signed("增加12")).isEqualTo("+12");
        assertThat(AssemblerText.signed("增值税")).isEqualTo("增值税");
    }

    /** The cutting rules behind both layouts, line by line. */
    @Test
    void barsClosingLinesAndPaddingAreNoCells() {
        assertThat(TextReportParser.lines("规章  | 0  | 0  | 5  | \n行政许可 | 3 | |\n", null))
                .extracting(GridLine::cells)
                .containsExactly(List.of("规章", "0", "0", "5"), List.of("行政许可", "3", ""));
        assertThat(TextReportParser.lines("规章 |\n|\n2 |\n||\n|\n0\n|\n", null))
                .extracting(GridLine::cells)
                .containsExactly(
                        List.of("规章"),
                        List.of(TextReportParser.EMPTY_CELL),
                        List.of("2"),
                        List.of("", ""),
                        List.of(""),
                        List.of("0"),
                        List.of(""));
    }

    /**
     * Titles as published: the year before the agency, and titles broken over two lines (after the
     * year-and-agency, or inside 政府信息公开); a title without an agency names none.
     */
    @Test
    void titlesWithTheYearFirstOrBrokenOverTwoLines() {
        String body = "\n一、总体情况\n本年度未收到申请。\n";
        String[][] cases = {
            {"2019年示例市人民政府办公厅政府信息公开工作年度报告", "示例市人民政府办公厅", "2019"},
            {"2024年示例区长安街道办事处\n政府信息公开工作年度报告", "示例区长安街道办事处", "2024"},
            {"示例新区东城街道办事处2024年度政府\n信息公开工作年度报告", "示例新区东城街道办事处", "2024"},
            {"示例县文化和旅游局\n2021年政府信息公开工作年度报告", "示例县文化和旅游局", "2021"},
            {"示例县审计局2020年度政府信息公开工作报告", "示例县审计局", "2020"},
            {"示例市统计局2022年政府信息公开年报", "示例市统计局", "2022"},
            {"2025示例县长岭乡2025年度政府信息公开工作年度报告", "示例县长岭乡", "2025"},
            {"2023年政府信息公开工作年度报告", null, "2023"},
        };
        for (String[] c : cases) {
            AnnualReport r = TextReportParser.parse(c[0] + body).report();
            assertThat(r.agency()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.year()).as(c[0]).isEqualTo(Integer.valueOf(c[2]));
            assertThat(r.title()).as(c[0]).isEqualTo(c[0].replace("\n", "").replaceFirst("^2025示", "示"));
        }
    }

    /**
     * Text converted from a PDF by a layout-keeping converter ({@code pdftotext -layout}): the year spaced
     * apart from its words, the title wrapped before 年度报告, the 统计期限 sentence wrapped after its second
     * year.
     */
    @Test
    void titlesAndPeriodsOfTextConvertedFromAPdf() {
        AnnualReport titled = TextReportParser.parse(
                        " 示例县财政局 2022 年政府信息公开工作\n          年度报告\n\n   一、总体情况\n   本年度未收到申请。\n")
                .report();
        assertThat(titled.agency()).isEqualTo("示例县财政局");
        assertThat(titled.year()).isEqualTo(2022);

        AnnualReport period = TextReportParser.parse(
                        "   本报告中所列数据的统计期限为 2024 年 1 月 1 日至 2024 年\n12 月 31 日。\n" + "   一、总体情况\n   本年度未收到申请。\n")
                .report();
        assertThat(period.year()).isEqualTo(2024);
    }
}
