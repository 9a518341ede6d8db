package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.junit.jupiter.api.Test;

/**
 * Reports laid out as real published reports are when copied or exported, one own fixture each under
 * {@code src/test/resources/text/} (none is a real report). Every number of every table and every
 * finding is asserted by the fixture's {@code .expected.json} ({@link FixtureExpectationsTests}); these
 * tests say what each layout is and check what the expected file cannot (text left out of the prose).
 */
class RealLayoutsTests {

    /**
     * Text copied from a PDF (2021 edition): labels wrapped onto the next line before their numbers,
     * numbers separated by single spaces, page footers and a repeated table header inside table 3, a
     * two-line header note, table 4's column headers broken over three lines; the agency on a line of
     * its own above the title.
     */
    @Test
    void pdfCopyWithWrappedLabelsPageFootersAndRepeatedHeaders() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("pdf-copy-2021-wrapped.txt");
        AnnualReport r = parsed.report();
        assertThat(parsed.findings()).isEmpty();
        assertThat(r.agency()).isEqualTo("示例市自然资源和规划局");
        assertThat(r.title()).isEqualTo("示例市自然资源和规划局2022年政府信息公开工作年度报告");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(1).text()).isEqualTo("2022年，我局共收到政府信息公开申请62件，办结66件。");
        assertThat(r.section(2).text()).isEqualTo("全年通过门户网站主动公开政府信息1200余条。");
        assertThat(r.section(3).text()).isEmpty();
        assertThat(r.section(4).text()).isEmpty();
        assertThat(r.section(5).text()).isEqualTo("一是政策解读形式较为单一；二是依申请公开答复质量有待提高。下一步，我局将加强培训。");
        assertThat(r.section(6).text()).isEqualTo("本年度未收取信息处理费。");
        assertThat(r.narrative()).doesNotContain("— 1 —", "第3页", "共8页");
    }

    /**
     * Traditional characters, 2019 edition, one cell per line; table 4 printed vertically (a header
     * per line, then fifteen numbers one per line); headings with a trailing colon and the long 五;
     * 政府集中采购 with its amount printed in 万元.
     */
    @Test
    void traditionalCellPerLineWithAVerticalTable4() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("cell-per-line-2019-traditional.txt");
        AnnualReport r = parsed.report();
        assertThat(r.agency()).isEqualTo("示例县市场监督管理局");
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.AMOUNT_UNIT");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.where()).isEqualTo("表二 · 政府集中采购 · 采购总金额");
            assertThat(f.message()).contains("240万元", "“万元”", "未换算");
        });
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(1).heading()).isEqualTo("一、总体情况");
        assertThat(r.section(1).text()).startsWith("2019年，我局认真贯彻落实");
        assertThat(r.section(5).heading()).isEqualTo("五、政府信息公开工作存在的主要问题及改进情况");
        assertThat(r.section(5).text()).isEqualTo("信息公开的及时性有待加强。2020年，我局将进一步规范公开流程。");
        assertThat(r.section(6).text()).isEqualTo("无。");
        assertThat(r.section(4).text()).isEmpty();
    }

    /**
     * Tab-separated 2021 edition: each row of table 2 under its own 第二十条 header with placeholders
     * and a six-decimal fee; table 3 without 「三、本年度办理结果」 and with the group labels in the
     * first cell of their first sub-row; table 4 as three labelled rows; 「第一部分」 headings after a
     * table of contents and a preamble that lists the parts with their numerals; a title 「…办公室关于
     * 2022年…」 followed by a date line.
     */
    @Test
    void tabsWithOwnHeadersLabelledTable4RowsAndATableOfContents() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("tabs-2021-own-headers.txt");
        AnnualReport r = parsed.report();
        assertThat(parsed.findings()).isEmpty();
        assertThat(r.agency()).isEqualTo("示例区人民政府办公室");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        assertThat(r.table2()
                        .get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT)
                        .scale())
                .isEqualTo(6);
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(1).heading()).isEqualTo("第一部分总体情况");
        assertThat(r.section(1).text()).isEqualTo("2022年，区政府办公室共收到政府信息公开申请37件。");
        assertThat(r.section(2).text()).isEqualTo("全年主动公开各类政府信息2300条。");
        assertThat(r.section(4).text()).isEmpty();
        assertThat(r.section(5).text()).isEqualTo("主动公开的深度和广度仍需拓展。下一步，区政府办公室将加强统筹。");
        assertThat(r.preamble()).contains("目录", "六、其他需要报告的事项组成");
    }

    /**
     * CRLF line ends, cells bordered by non-breaking spaces and by literal {@code &nbsp;} entities,
     * zero-width spaces inside numbers, full-width digits and signs, 「一.」 headings, sub-rows
     * numbered 「1、」「(1)」「1．」, the agency above a 「2020年度…」 title, the year also in 「统计期限为
     * 2020年1月1日至12月31日」, and 政府集中采购 in 元.
     */
    @Test
    void oddCharactersAndNumberings() throws IOException {
        ParsedReport parsed = TextReportParserTests.parseFixture("odd-characters-2019-crlf.txt");
        AnnualReport r = parsed.report();
        assertThat(r.agency()).isEqualTo("示例县应急管理局");
        assertThat(r.title()).isEqualTo("示例县应急管理局2020年度政府信息公开工作年度报告");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(parsed.findings())
                .extracting(Finding::rule, Finding::where)
                .containsExactly(tuple("DOC.AMOUNT_UNIT", "表二 · 政府集中采购 · 采购总金额"));
        assertThat(parsed.findings().get(0).message()).contains("73802895.90元", "“元”");
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(1).text()).isEqualTo("2020年，我局共收到政府信息公开申请14件。");
        assertThat(r.section(5).text()).isEqualTo("信息发布的及时性还需提高。");
        assertThat(r.narrative()).doesNotContain("&nbsp;", "\u200B", "\r");
    }

    static void assertTable2(AnnualReport r, Edition edition, String[][] values) {
        List<Table2Row> rows = edition.table2Rows();
        assertThat(values.length).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Table2Row row = rows.get(i);
            List<Table2Column> columns = row.columns(edition);
            assertThat(r.table2().hasRow(row)).as(row.toString()).isTrue();
            assertThat(values[i].length).as(row.toString()).isEqualTo(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal got = r.table2().get(row, columns.get(c));
                if (values[i][c] == null) {
                    assertThat(got).as(row + " " + columns.get(c)).isNull();
                } else {
                    assertThat(got).as(row + " " + columns.get(c)).isEqualByComparingTo(values[i][c]);
                }
            }
        }
    }
}
