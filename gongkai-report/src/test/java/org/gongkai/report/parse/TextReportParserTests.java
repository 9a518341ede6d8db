package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReportParserTests {

    private static String seed() throws IOException {
        Optional<Path> seed = SharedFiles.resolve("seed/000_7364606721a9d05b.txt");
        assumeTrue(seed.isPresent(), "../shared/seed is absent");
        return Files.readString(seed.get(), StandardCharsets.UTF_8);
    }

    @Test
    void seedIsReadAsPrinted() throws IOException {
        ParsedReport parsed = TextReportParser.parse(seed());
        AnnualReport r = parsed.report();
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.edition()).isEqualTo(Edition.E2019);
        assertThat(r.agency()).isNull();

        Table2 t2 = r.table2();
        assertThat(t2).isNotNull();
        assertRow(t2, Table2Row.REGULATIONS, "0", "0", "0");
        assertRow(t2, Table2Row.NORMATIVE_DOCUMENTS, "0", "0", "1");
        assertRow(t2, Table2Row.LICENSING, "64", "-3", "61");
        assertRow(t2, Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES, "2", "-2", "0");
        assertRow(t2, Table2Row.PENALTIES, "0", "0", "0");
        assertRow(t2, Table2Row.ENFORCEMENT, "0", "0", "0");
        assertRow(t2, Table2Row.ADMINISTRATIVE_FEES, "0", "0");
        assertRow(t2, Table2Row.CENTRALIZED_PROCUREMENT, "2", "595.88");

        assertThat(r.table3().rows()).containsExactlyInAnyOrderElementsOf(Edition.E2019.table3Rows());
        for (Table3Row row : Edition.E2019.table3Rows()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                assertThat(r.table3().get(row, c)).as(row + " " + c).isEqualTo(0L);
            }
        }
        for (Table4Group g : Table4Group.values()) {
            for (Table4Column c : Table4Column.values()) {
                assertThat(r.table4().get(g, c)).as(g + " " + c).isEqualTo(0L);
            }
        }
        assertThat(r.sections()).hasSize(6);
        assertThat(r.section(1).present()).isTrue();
        assertThat(r.section(2).present()).isTrue();
        assertThat(r.section(3).present()).isFalse();
        assertThat(r.section(4).present()).isFalse();
        assertThat(r.section(5).present()).isFalse();
        assertThat(r.section(6).present()).isTrue();
        assertThat(r.section(6).text()).isEqualTo("无");
        assertThat(r.section(1).text()).contains("统计期限自2020年1月1日起至2020年12月31日止");
        // 五's heading was lost: the paragraph after table 4 is its text, and the heading stays missing.
        assertThat(r.section(5).text())
                .startsWith("我局已进一步完善信息公开工作机制")
                .endsWith("做到及时、全面公开政务信息。")
                .doesNotContain("结果维持");
        assertThat(r.section(3).text()).isEmpty();
        assertThat(r.section(4).text()).isEmpty();
        assertThat(r.section(2).text())
                .doesNotContain("我局已进一步完善")
                .doesNotContain("予以公开")
                .doesNotContain("结果维持")
                .doesNotContain("行政许可");
        assertThat(parsed.findings())
                .extracting(Finding::rule)
                .doesNotContain("DOC.TABLE_MISSING", "DOC.ROW_MISSING", "DOC.CELL_UNREADABLE");
    }

    @Test
    void seedRowsKnowWhereTheyWereRead() throws IOException {
        ParsedReport parsed = TextReportParser.parse(seed());
        assertThat(parsed.metadata().positionOf(Table2Row.LICENSING).line()).isEqualTo(22);
        assertThat(parsed.metadata().positionOf(Table3Row.GRANTED).line()).isEqualTo(39);
        assertThat(parsed.metadata().positionOf(Table4Group.RECONSIDERATION).line())
                .isEqualTo(63);
    }

    @Test
    void changingTheFirstGrantedCellIsSeen() throws IOException {
        String text = seed().replace("(一)予以公開 | 0 |", "(一)予以公開 | 1 |");
        AnnualReport r = TextReportParser.parse(text).report();
        assertThat(r.table3().get(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(1L);
        assertThat(r.table3().get(Table3Row.GRANTED, ApplicantColumn.COMMERCIAL))
                .isEqualTo(0L);
    }

    private static void assertRow(Table2 t2, Table2Row row, String... values) {
        assertThat(t2.hasRow(row)).as(row.toString()).isTrue();
        var columns = row.columns(Edition.E2019);
        assertThat(columns).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            Table2Column c = columns.get(i);
            assertThat(t2.get(row, c)).as(row + " " + c).isEqualByComparingTo(new BigDecimal(values[i]));
        }
    }

    /** The own text fixture {@code name} (src/test/resources/text/), parsed. */
    static ParsedReport parseFixture(String name) throws IOException {
        return TextReportParser.parse(fixture(name));
    }

    static String fixture(String name) throws IOException {
        try (var in = TextReportParserTests.class.getResourceAsStream("/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"e2021-pipes.txt", "e2021-tabs.txt", "e2021-cell-per-line.txt"})
    void everyLayoutOfTheSameReportReadsToTheSameModel(String name) throws IOException {
        ParsedReport parsed = TextReportParser.parse(fixture(name));
        AnnualReport r = parsed.report();
        assertThat(parsed.findings()).isEmpty();
        assertThat(r.agency()).isEqualTo("示例市人民政府");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        assertThat(r.title()).isEqualTo("示例市人民政府2024年政府信息公开工作年度报告");
        assertThat(r.sections()).allMatch(Section::present);
        assertThat(r.section(5).text()).isEqualTo("部分单位答复规范性有待提高。下一步将加强培训。");
        assertThat(r.section(3).text()).isEmpty();
        assertThat(r.section(2).text()).isEqualTo("全年主动公开政府信息一万余条。");

        assertThat(r.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE))
                .isEqualByComparingTo("145");
        assertThat(r.table2().get(Table2Row.LICENSING, Table2Column.DECISIONS_2021))
                .isEqualByComparingTo("2418");
        assertThat(r.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                .isEqualByComparingTo("4166.24");

        // The 总计 column is the 2024 municipal vector of domain-spec §3.5a.
        long[] totals = {
            3119, 34, 1362, 454, 2, 31, 5, 6, 8, 12, 9, 105, 769, 11, 1, 62, 25, 0, 0, 1, 71, 6, 110, 3050, 103
        };
        List<Table3Row> rows = Edition.E2021.table3Rows();
        assertThat(r.table3().rows()).containsExactlyInAnyOrderElementsOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(r.table3().get(rows.get(i), ApplicantColumn.TOTAL))
                    .as(rows.get(i).key())
                    .isEqualTo(totals[i]);
        }
        assertThat(r.table3().row(Table3Row.NEW_RECEIVED)).containsExactly(3001L, 118L, 0L, 0L, 0L, 0L, 3119L);
        assertThat(r.table3().row(Table3Row.TOTAL)).containsExactly(2932L, 118L, 0L, 0L, 0L, 0L, 3050L);
        assertThat(r.table4().get(Table4Group.RECONSIDERATION, Table4Column.TOTAL))
                .isEqualTo(351L);
        assertThat(r.table4().get(Table4Group.LITIGATION_DIRECT, Table4Column.UPHELD))
                .isEqualTo(13L);
        assertThat(r.table4().get(Table4Group.LITIGATION_AFTER_RECONSIDERATION, Table4Column.TOTAL))
                .isEqualTo(20L);

        AnnualReport pipes = TextReportParser.parse(fixture("e2021-pipes.txt")).report();
        assertThat(r).isEqualTo(pipes);
    }

    @Test
    void placeholdersBecomeBlankCellsAndOddCellsAreReported() throws IOException {
        ParsedReport parsed = TextReportParser.parse(fixture("e2021-placeholders.txt"));
        AnnualReport r = parsed.report();
        assertThat(r.agency()).isEqualTo("示例县财政局");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.edition()).isEqualTo(Edition.E2021);
        assertThat(r.table2().hasRow(Table2Row.REGULATIONS)).isTrue();
        assertThat(r.table2().get(Table2Row.REGULATIONS, Table2Column.ISSUED)).isNull();
        assertThat(r.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED))
                .isEqualByComparingTo("2");
        assertThat(r.table2().get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED))
                .isNull();
        assertThat(r.table2().get(Table2Row.LICENSING, Table2Column.DECISIONS_2021))
                .isNull();
        assertThat(r.table2().get(Table2Row.PENALTIES, Table2Column.DECISIONS_2021))
                .isNull();
        assertThat(r.table2().get(Table2Row.ENFORCEMENT, Table2Column.DECISIONS_2021))
                .isNull();
        assertThat(r.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                .isEqualByComparingTo("240");
        assertThat(r.table3().row(Table3Row.NEW_RECEIVED)).containsExactly(3L, null, null, null, null, null, 3L);
        assertThat(r.table3().row(Table3Row.CARRIED_OVER)).containsOnlyNulls();
        assertThat(r.table3().row(Table3Row.PARTIALLY_GRANTED)).containsOnlyNulls();
        assertThat(r.table3().get(Table3Row.NOT_HELD, ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(1L);
        assertThat(r.table3().get(Table3Row.OTHER_OTHER, ApplicantColumn.TOTAL)).isEqualTo(0L);
        assertThat(r.table4().get(Table4Group.LITIGATION_DIRECT, Table4Column.UPHELD))
                .isNull();
        assertThat(r.table4().get(Table4Group.LITIGATION_AFTER_RECONSIDERATION, Table4Column.TOTAL))
                .isEqualTo(0L);

        assertThat(r.section(1).present()).isTrue();
        assertThat(r.section(4).present()).isTrue();
        assertThat(r.section(4).heading()).isEqualTo("四、政府信息公开行政法复议、行政诉讼情况");
        assertThat(r.section(5).present()).isTrue();
        assertThat(r.section(6).present()).isFalse();
        assertThat(r.section(6).heading()).isEqualTo("六、其他需要报告的事项");

        assertThat(parsed.findings())
                .extracting(Finding::rule, Finding::where)
                .containsExactlyInAnyOrder(
                        tuple("DOC.CELL_UNREADABLE", "表二 · 行政许可 · 本年处理决定数量"),
                        tuple("DOC.ROW_SHORT", "表三 · 四、结转下年度继续办理"));
        assertThat(parsed.findings()).allSatisfy(f -> assertThat(f.line()).isNotNull());
    }
}
