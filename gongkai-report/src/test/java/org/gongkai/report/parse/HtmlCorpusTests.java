package org.gongkai.report.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four corpus reports that keep their page's table markup (../shared/corpus/pingtan/106–109,
 * see its README): every number of tables 2, 3 and 4 read from the .html must equal the hand-read
 * .json. The .html copies hold the three tables only (the year is in a comment), so the year must be
 * either unknown or right, never a wrong guess.
 */
class HtmlCorpusTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The .json's table-3 key for a row: 予以公开, 不予公开-属于国家秘密, 其他处理-其他, 结转下年度继续办理 … */
    static String truthKey(Table3Row row) {
        return switch (row) {
            case NEW_RECEIVED, CARRIED_OVER, CARRIED_FORWARD -> row.label().substring(2);
            case GRANTED -> "予以公开";
            case PARTIALLY_GRANTED -> "部分公开";
            case OTHER -> "其他处理";
            case TOTAL -> "总计";
            default -> row.group().heading().substring(3) + "-" + row.text();
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "106-pingtan-shiyanqu-guanweihui-2024",
                "107-pingtan-shiyanqu-guanweihui-2023",
                "108-pingtan-shiyanqu-guanweihui-2025",
                "109-pingtan-shiyanqu-guanweihui-2019"
            })
    void everyNumberOfTheHtmlTablesEqualsTheHandReadTruth(String name) throws IOException {
        Path folder = SharedFiles.resolve("corpus/pingtan").orElse(null);
        assumeTrue(folder != null, "../shared/corpus/pingtan is absent");
        Path html = folder.resolve(name + ".html");
        assumeTrue(Files.isRegularFile(html), name + ".html is absent");
        JsonNode truth = JSON.readTree(folder.resolve(name + ".json").toFile());

        ParsedReport parsed = ReportReaders.read(html);
        AnnualReport report = parsed.report();

        SoftAssertions soft = new SoftAssertions();
        Edition edition = Edition.fromCode(truth.get("edition").asText()).orElseThrow();
        soft.assertThat(report.edition()).as("edition").isEqualTo(edition);
        soft.assertThat(report.year())
                .as("year: unknown or right")
                .isIn(null, truth.get("year").asInt());

        soft.assertThat(report.table2()).as("table 2").isNotNull();
        if (report.table2() != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("table2").fields(); it.hasNext(); ) {
                var e = it.next();
                Table2Row row = List.of(Table2Row.values()).stream()
                        .filter(r -> e.getKey().equals(r.label(edition)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no table-2 row " + e.getKey()));
                List<Table2Column> columns = row.columns(edition);
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode v = e.getValue().get(i);
                    BigDecimal actual = report.table2().get(row, columns.get(i));
                    String as = "表二 " + e.getKey() + " · " + columns.get(i).label();
                    if (v.isNull()) {
                        soft.assertThat(actual).as(as).isNull();
                    } else {
                        soft.assertThat(actual).as(as).isNotNull();
                        if (actual != null) {
                            soft.assertThat(actual).as(as).isEqualByComparingTo(v.decimalValue());
                        }
                    }
                }
            }
        }

        soft.assertThat(report.table3()).as("table 3").isNotNull();
        if (report.table3() != null) {
            JsonNode t3 = truth.get("table3");
            for (Table3Row row : edition.table3Rows()) {
                JsonNode values = t3.get(truthKey(row));
                soft.assertThat(values).as("truth has " + truthKey(row)).isNotNull();
                if (values == null) {
                    continue;
                }
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    JsonNode v = values.get(c.ordinal());
                    soft.assertThat(report.table3().get(row, c))
                            .as("表三 " + row.qualifiedLabel() + " · " + c.qualifiedLabel())
                            .isEqualTo(v.isNull() ? null : v.asLong());
                }
            }
        }

        soft.assertThat(report.table4()).as("table 4").isNotNull();
        if (report.table4() != null) {
            JsonNode t4 = truth.get("table4");
            int i = 0;
            for (Table4Group g : Table4Group.values()) {
                for (Table4Column c : Table4Column.values()) {
                    JsonNode v = t4.get(i++);
                    soft.assertThat(report.table4().get(g, c))
                            .as("表四 " + g.label() + " · " + c.label())
                            .isEqualTo(v.isNull() ? null : v.asLong());
                }
            }
        }
        soft.assertAll();
    }
}
