package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.json.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every misprint of one character — dropped, changed or added — at every place of every row label's
 * key word (four characters or more) of tables 2–4 in an own fixture, one at a time: no cell may be
 * silently wrong ({@link SilentWrongCellsTests#compare}); where the fixture's rows are one to a line,
 * every cell is read right.
 */
class MisprintedLabelsTests {

    @ParameterizedTest
    @CsvSource({"text/e2021-tabs.txt, true", "text/e2021-pipes.txt, true", "text/pdf-copy-2021-wrapped.txt, false"})
    void aMisprintedLabelIsReadRightOrFlaggedNeverSilentlyWrong(String name, boolean allRight) throws IOException {
        String text = resource(name);
        AnnualReport truth = ReportJson.read(resource(name.replace(".txt", ".expected.json")));
        int cases = 0;
        SilentWrongCellsTests.Count all = new SilentWrongCellsTests.Count();
        for (String key : keys()) {
            int at = text.indexOf(key);
            if (at < 0 || key.length() < 4) {
                continue;
            }
            for (int i = 0; i < key.length(); i++) {
                for (String misprint : List.of(
                        key.substring(0, i) + key.substring(i + 1),
                        key.substring(0, i) + "某" + key.substring(i + 1),
                        key.substring(0, i) + "某" + key.substring(i))) {
                    String changed = text.substring(0, at) + misprint + text.substring(at + key.length());
                    all.add(SilentWrongCellsTests.compare(
                            name + " " + misprint, truth, TextReportParser.parse(changed)));
                    cases++;
                }
            }
        }
        System.out.println(all.line(name + " (" + cases + " misprints)"));
        assertThat(cases).isGreaterThan(100);
        assertThat(all.silent).as("cells silently wrong").isEmpty();
        if (allRight) {
            assertThat(all.blankWithFinding + all.wrongWithFinding).isZero();
        }
    }

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Table3Row r : Table3Row.values()) {
            keys.add(Table3Labels.key(r));
        }
        for (Table2Row r : Table2Row.values()) {
            for (Edition e : Edition.values()) {
                if (r.label(e) != null) {
                    keys.add(r.label(e));
                }
            }
        }
        keys.addAll(List.of("行政复议", "直接起诉", "复议后起诉"));
        return keys;
    }

    private String resource(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
