package org.gongkai.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.SeedTables;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;

/** The JSON export against report-json.md: the exact document for a hand-built report, and refusals. */
class ReportJsonTests {

    /** The seed's 2020 report of 达州市商务局 (2019 edition), with a few requests and one blank cell. */
    static AnnualReport dazhou() {
        Table2 t2 = SeedTables.table2().set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.CHANGE, (BigDecimal) null);

        Table3 t3 = SeedTables.zeroTable3(Edition.E2019);
        t3.setRow(Table3Row.NEW_RECEIVED, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
        t3.setRow(Table3Row.GRANTED, 2L, 1L, 0L, 0L, 0L, 0L, 3L);
        t3.setRow(Table3Row.NOT_HELD, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        t3.setRow(Table3Row.TOTAL, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
        t3.set(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, null);

        Table4 t4 = new Table4()
                .setGroup(Table4Group.RECONSIDERATION, 1L, 0L, 0L, 0L, 1L)
                .setGroup(Table4Group.LITIGATION_DIRECT, 0L, 0L, 0L, 0L, 0L)
                .setGroup(Table4Group.LITIGATION_AFTER_RECONSIDERATION, 0L, 0L, 0L, 0L, 0L);

        return new AnnualReport()
                .agency("达州市商务局")
                .year(2020)
                .edition(Edition.E2019)
                .title("达州市商务局2020年政府信息公开工作年度报告")
                .preamble("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(List.of(
                        new Section(1, "一、总体情况", true, "我局坚持以公开为常态、不公开为例外的原则。"),
                        new Section(2, SectionHeading.PROACTIVE.heading(), true, ""),
                        new Section(3, SectionHeading.REQUESTS.heading(), true, ""),
                        new Section(4, SectionHeading.APPEALS.heading(), true, ""),
                        new Section(5, "五、政府信息公开工作存在的主要问题及改进情况", false, ""),
                        new Section(6, SectionHeading.OTHER.heading(), true, "无")));
    }

    static List<Finding> findings() {
        return List.of(new Finding("T3.BALANCE", Severity.ERROR, "表三 四、结转下年度继续办理 · 总计 为空", "表三 · 四、结转下年度继续办理 · 总计")
                .at(SourcePosition.line(57)));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReportJsonTests.class.getResourceAsStream("/render/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheDocumentOfTheContract() throws IOException {
        String json = ReportJson.write(dazhou(), findings(), "reports/2020/dazhou-commerce.txt");

        ObjectMapper mapper = new ObjectMapper();
        assertThat(json).doesNotContain("\n");
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(resource("dazhou-commerce-2020.json")));
        // Amounts keep their decimals as written, never through double.
        assertThat(json).contains("\"totalAmount\":595.88").contains("\"change\":-3");
    }

    @Test
    void writesKeysInTheContractsOrder() {
        String json = ReportJson.write(dazhou(), List.of(), null);

        assertThat(json)
                .startsWith("{\"schema\":\"gongkai.annual-report/1\",\"source\":null,\"agency\":\"达州市商务局\","
                        + "\"year\":2020,\"edition\":\"2019\",");
        assertThat(json.indexOf("\"table2\"")).isLessThan(json.indexOf("\"table3\""));
        assertThat(json.indexOf("\"sections\"")).isLessThan(json.indexOf("\"findings\""));
    }

    @Test
    void readsTheHandWrittenDocument() throws IOException {
        AnnualReport report = ReportJson.read(resource("dazhou-commerce-2020.json"));

        assertThat(report).isEqualTo(dazhou());
        assertThat(report.table2().get(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT))
                .isEqualByComparingTo("595.88");
        assertThat(report.table3().get(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL))
                .isNull();
    }

    @Test
    void readsADocumentWithoutTheAddedKeys() {
        String json = "{\"schema\":\"gongkai.annual-report/1\",\"source\":null,\"agency\":null,\"year\":null,"
                + "\"edition\":\"2021\",\"table2\":{\"licensing\":{\"decisions\":7},"
                + "\"administrativeFees\":{\"amount\":96171.6}},\"table3\":{\"rows\":{}},\"table4\":{},"
                + "\"sections\":[{\"number\":1,\"heading\":\"一、总体情况\",\"present\":true}],\"findings\":[]}";

        AnnualReport report = ReportJson.read(json);

        assertThat(report.edition()).isEqualTo(Edition.E2021);
        assertThat(report.agency()).isNull();
        assertThat(report.table2().get(Table2Row.LICENSING, Table2Column.DECISIONS_2021))
                .isEqualByComparingTo("7");
        assertThat(report.table2().get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT))
                .isEqualByComparingTo("96171.6");
        assertThat(report.table2().hasRow(Table2Row.REGULATIONS)).isFalse();
        assertThat(report.sections()).containsExactly(new Section(1, "一、总体情况", true, ""));
    }

    @Test
    void prettyAndOneLineAreTheSameDocument() throws IOException {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(mapper.readTree(ReportJson.writePretty(dazhou(), findings(), "x")))
                .isEqualTo(mapper.readTree(ReportJson.write(dazhou(), findings(), "x")));
    }

    @Test
    void refusesAnUnknownSchema() throws IOException {
        String json = resource("dazhou-commerce-2020.json").replace("annual-report/1", "annual-report/2");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageContaining("schema 不是 gongkai.annual-report/1")
                .extracting(e -> ((ReportJsonException) e).key())
                .isEqualTo("schema");
    }

    @Test
    void refusesAnEditionThatIsNotOneOfTheTwo() throws IOException {
        String json = resource("dazhou-commerce-2020.json").replace("\"edition\": \"2019\"", "\"edition\": \"2020\"");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessage("edition 应为 \"2019\" 或 \"2021\"，实为 \"2020\"");
    }

    @Test
    void refusesATable3RowWithoutSevenNumbers() throws IOException {
        String json = resource("dazhou-commerce-2020.json")
                .replace("\"granted\": [2, 1, 0, 0, 0, 0, 3]", "\"granted\": [2, 1, 0, 0, 0, 3]");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageStartingWith("table3.rows.granted（三（一）予以公开）应是 7 个数的数组")
                .hasMessageEndingWith("实为 6 个");
    }

    @Test
    void refusesAValueThatIsNotANumber() throws IOException {
        String json = resource("dazhou-commerce-2020.json").replace("\"change\": -3", "\"change\": \"减少3项\"");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessage("table2.licensing.change 应是数字或 null，实为 \"减少3项\"");
    }

    @Test
    void refusesAFractionWhereACountBelongs() throws IOException {
        String json = resource("dazhou-commerce-2020.json")
                .replace("\"upheld\": 1, \"corrected\": 0", "\"upheld\": 1.5, \"corrected\": 0");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessage("table4.reconsideration.upheld 应是整数，实为 1.5");
    }

    @Test
    void refusesAnUnknownRow() throws IOException {
        String json = resource("dazhou-commerce-2020.json").replace("\"penalties\":", "\"fines\":");

        assertThatThrownBy(() -> ReportJson.read(json))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageContaining("table2.fines 不是表二的行");
    }

    @Test
    void refusesText() {
        assertThatThrownBy(() -> ReportJson.read("达州市商务局"))
                .isInstanceOf(ReportJsonException.class)
                .hasMessageStartingWith("不是合法的 JSON");
    }
}
