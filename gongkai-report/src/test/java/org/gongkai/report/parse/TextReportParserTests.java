package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;

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
        assertThat(r.section(2).text())
                .doesNotContain("予以公开")
                .doesNotContain("结果维持")
                .doesNotContain("行政许可");
        assertThat(parsed.findings())
                .extracting(Finding::rule)
                .doesNotContain("DOC.TABLE_MISSING", "DOC.ROW_MISSING", "DOC.CELL_UNREADABLE");
    }

    @Test
    void seedRowsKnowWhereTheyWereRead() throws IOException {
        AnnualReport r = TextReportParser.parse(seed()).report();
        assertThat(r.positionOf(Table2Row.LICENSING).line()).isEqualTo(22);
        assertThat(r.positionOf(Table3Row.GRANTED).line()).isEqualTo(39);
        assertThat(r.positionOf(Table4Group.RECONSIDERATION).line()).isEqualTo(63);
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
}
