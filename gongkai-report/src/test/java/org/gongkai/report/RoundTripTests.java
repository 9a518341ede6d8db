package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.LongStream;
import org.gongkai.report.json.ReportJson;
import org.gongkai.report.parse.DocxReportParser;
import org.gongkai.report.parse.HtmlReportParser;
import org.gongkai.report.parse.TextReportParser;
import org.gongkai.report.render.DocxRenderer;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.render.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever Gongkai writes, it reads back: a valid report of either edition survives JSON (one line or
 * pretty), and its text, HTML and Word renderings parse back to an equal report ({@link
 * AnnualReport#equals} ignores where things were read).
 */
class RoundTripTests {

    static LongStream seeds() {
        return ReportGenerators.seeds(200);
    }

    static LongStream fewerSeeds() {
        return ReportGenerators.seeds(30);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void jsonReadsBackWhatItWrote(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        String json = ReportJson.write(report, List.of(), null);

        assertThat(json).doesNotContain("\n");
        assertThat(ReportJson.read(json)).isEqualTo(report);
        assertThat(ReportJson.read(ReportJson.writePretty(report, List.of(), "a.txt")))
                .isEqualTo(report);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void textParsesBackToTheSameReport(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        String text = TextRenderer.render(report);

        assertThat(TextReportParser.parse(text).report()).isEqualTo(report);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void htmlParsesBackToTheSameReport(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        String html = HtmlRenderer.render(report);

        assertThat(HtmlReportParser.parse(html).report()).isEqualTo(report);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("fewerSeeds")
    void docxParsesBackToTheSameReport(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.render(report, out);

        assertThat(DocxReportParser.parse(new ByteArrayInputStream(out.toByteArray()))
                        .report())
                .isEqualTo(report);
    }
}
