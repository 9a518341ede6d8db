package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.json.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text converted from office PDFs by {@code pdftotext} ({@code src/test/resources/text/converted}): much
 * of it cannot be read, but no cell is silently wrong — a row whose numbers were printed over several
 * lines and do not add up, and a table most of whose rows were not read, say so
 * ({@code DOC.ROW_UNSURE}).
 */
class ConvertedTextTests {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ConvertedTextTests.class.getResourceAsStream("/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "e2021-pipes.pdftotext-layout",
                "e2021-pipes.pdftotext-raw",
                "e2021-placeholders.pdftotext-layout",
                "e2021-placeholders.pdftotext-raw",
                "pdf-copy-2021-wrapped.pdftotext-layout",
                "pdf-copy-2021-wrapped.pdftotext-raw"
            })
    void noCellIsSilentlyWrong(String name) throws IOException {
        String source = name.substring(0, name.indexOf('.'));
        AnnualReport truth = ReportJson.read(new String(resource(source + ".expected.json"), StandardCharsets.UTF_8));
        ParsedReport parsed = ReportReaders.read(name + ".txt", resource("converted/" + name + ".txt"));

        SilentWrongCellsTests.Count count = SilentWrongCellsTests.compare(name, truth, parsed);

        assertThat(count.silent).as(name).isEmpty();
        assertThat(parsed.report().year()).as(name).isEqualTo(truth.year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"e2021-pipes.pdftotext-layout"})
    void aRowWhoseNumbersWrapAndDoNotAddUpIsUnsure(String name) throws IOException {
        ParsedReport parsed = ReportReaders.read(name + ".txt", resource("converted/" + name + ".txt"));

        List<Finding> unsure = parsed.findings().stream()
                .filter(f -> f.rule().equals("DOC.ROW_UNSURE"))
                .toList();
        assertThat(unsure).extracting(Finding::where).contains("表三 · 一、本年新收政府信息公开申请数量", "表三 · 三（七）总计");
        assertThat(parsed.report().agency()).isEqualTo("示例市人民政府");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf-copy-2021-wrapped.pdftotext-layout"})
    void aLabelBrokenByALineOfItsNumbersOrByItsGroupsLabelIsRead(String name) throws IOException {
        // 5.要求行政机关确认或重新 / 0 0 0 0 0 0 0 / 出具已获取信息
        AnnualReport truth =
                ReportJson.read(new String(resource("pdf-copy-2021-wrapped.expected.json"), StandardCharsets.UTF_8));
        ParsedReport parsed = ReportReaders.read(name + ".txt", resource("converted/" + name + ".txt"));

        assertThat(parsed.report().table3().row(Table3Row.CONFIRM_OR_REISSUE))
                .containsExactly(truth.table3().row(Table3Row.CONFIRM_OR_REISSUE));
        // （六） 1.申请人无正当理由逾期不 / 其他处 补正、行政机关不再处理其 2 0 0 0 0 0 2 / 理 政府信息公开申请
        assertThat(parsed.report().table3().row(Table3Row.NO_CORRECTION_IN_TIME))
                .containsExactly(truth.table3().row(Table3Row.NO_CORRECTION_IN_TIME));
        assertThat(parsed.findings())
                .noneMatch(f -> f.rule().equals("DOC.ROW_MISSING") && f.where().contains("确认或重新出具"));
    }
}
