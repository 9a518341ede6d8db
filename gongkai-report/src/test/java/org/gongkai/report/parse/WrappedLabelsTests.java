package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Every row of table 3 in the PDF-copy fixture, one at a time, with its label wrapped at every place
 * onto a second line (and a third), the numbers beside the first, the middle or the last line: no cell
 * may be silently wrong ({@link SilentWrongCellsTests#compare}), and nearly all are read right (the
 * only rows left blank, with a finding, are {@code 3.其他} broken after its numbering).
 */
class WrappedLabelsTests {
    private static final Pattern ROW =
            Pattern.compile("(?m)^(\\d\\.[^\\d\\n]+|（[一二三四五六七]）[^\\d\\n]+) ((?:\\d+ ){6}\\d+)$");

    @Test
    void aWrappedLabelIsReadRightOrFlaggedNeverSilentlyWrong() throws IOException {
        String name = "text/pdf-copy-2021-wrapped.txt";
        String text = resource(name);
        AnnualReport truth = ReportJson.read(resource(name.replace(".txt", ".expected.json")));
        SilentWrongCellsTests.Count all = new SilentWrongCellsTests.Count();
        Matcher m = ROW.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            String values = m.group(2);
            for (int k = 2; k < label.length() - 1; k++) {
                String first = label.substring(0, k);
                String rest = label.substring(k);
                String[] layouts = {
                    first + " " + values + "\n" + rest,
                    first + "\n" + rest + " " + values,
                    rest.length() > 2
                            ? first + "\n" + rest.charAt(0) + " " + values + "\n" + rest.substring(1)
                            : first + " " + values + "\n" + rest
                };
                for (String layout : layouts) {
                    String changed = text.substring(0, m.start()) + layout + text.substring(m.end());
                    all.add(SilentWrongCellsTests.compare(label + " @" + k, truth, TextReportParser.parse(changed)));
                }
            }
        }
        System.out.println(all.line("wrapped labels"));
        assertThat(all.reports).isGreaterThan(300);
        assertThat(all.silent).as("cells silently wrong").isEmpty();
        assertThat(all.blankWithFinding + all.wrongWithFinding).isLessThan(all.right / 1000);
    }

    private String resource(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
