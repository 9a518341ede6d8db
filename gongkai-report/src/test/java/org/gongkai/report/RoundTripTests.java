package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.report.json.ReportJson;

/**
 * Whatever Gongkai writes as JSON, it reads back: a valid report of either edition, written as one
 * line or pretty, reads back equal. The renderings' round trip through the parsers is {@link
 * RenderParseRoundTripTests}.
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
}
