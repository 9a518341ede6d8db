package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.report.json.ReportJson;
import org.gongkai.report.parse.DocxReportParser;
import org.gongkai.report.parse.HtmlReportParser;
import org.gongkai.report.parse.TextReportParser;
import org.gongkai.report.render.DocxRenderer;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.render.TextRenderer;

/**
 * Whatever Gongkai writes, it reads back: a valid report of either edition survives JSON (one line or
 * pretty), and its text, HTML and Word renderings parse back to an equal report ({@link
 * AnnualReport#equals} ignores where things were read).
 */
class RoundTripTests {

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportGenerators.reports();
    }

    @Property(tries = 200)
    void jsonReadsBackWhatItWrote(@ForAll("reports") AnnualReport report) {
        String json = ReportJson.write(report, List.of(), null);

        assertThat(json).doesNotContain("\n");
        assertThat(ReportJson.read(json)).isEqualTo(report);
        assertThat(ReportJson.read(ReportJson.writePretty(report, List.of(), "a.txt")))
                .isEqualTo(report);
    }

    @Property(tries = 100)
    void textParsesBackToTheSameReport(@ForAll("reports") AnnualReport report) {
        String text = TextRenderer.render(report);

        assertThat(TextReportParser.parse(text).report()).isEqualTo(report);
    }

    @Property(tries = 100)
    void htmlParsesBackToTheSameReport(@ForAll("reports") AnnualReport report) {
        String html = HtmlRenderer.render(report);

        assertThat(HtmlReportParser.parse(html).report()).isEqualTo(report);
    }

    @Property(tries = 30)
    void docxParsesBackToTheSameReport(@ForAll("reports") AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.render(report, out);

        assertThat(DocxReportParser.parse(new ByteArrayInputStream(out.toByteArray()))
                        .report())
                .isEqualTo(report);
    }
}
