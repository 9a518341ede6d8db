package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.junit.jupiter.api.Test;

/** The findings table a person reads: columns line up in a terminal whatever the length of a cell. */
class HumanReportTests {

    @Test
    void theMessageColumnStartsAtTheSameTerminalColumnWhenALocationIsLong() {
        List<Finding> findings = List.of(
                new Finding("T3.BALANCE", Severity.ERROR, "第一条说明", "表三 · 自然人", null, 12),
                new Finding(
                        "DOC.CELLS_SPLIT",
                        Severity.INFO,
                        "第二条说明",
                        "表三 · 三（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 商业企业",
                        null,
                        19,
                        523),
                new Finding("DOC.AGENCY_UNKNOWN", Severity.INFO, "第三条说明", "报告标题"));

        String printed = print(findings);

        List<String> lines = printed.lines().toList();
        int header = messageColumn(lines, "说明");
        for (String message : List.of("第一条说明", "第二条说明", "第三条说明")) {
            assertThat(messageColumn(lines, message)).as(printed).isEqualTo(header);
        }
        assertThat(printed).as("the long location is wrapped, not cut").contains("第19行约第523字");
        for (String line : lines) {
            if (!line.contains("说明")) {
                assertThat(HumanReport.displayWidth(line)).as(line).isLessThanOrEqualTo(header);
            }
        }
    }

    @Test
    void wideCharactersCountAsTwoColumns() {
        assertThat(HumanReport.displayWidth("表三 · 自然人")).isEqualTo(13);
        assertThat(HumanReport.displayWidth("（二）")).isEqualTo(6);
        assertThat(HumanReport.wrap("一二三四五", 4)).containsExactly("一二", "三四", "五");
    }

    private static int messageColumn(List<String> lines, String message) {
        for (String line : lines) {
            int at = line.indexOf(message);
            if (at >= 0) {
                return HumanReport.displayWidth(line.substring(0, at));
            }
        }
        throw new AssertionError("not printed: " + message);
    }

    private static String print(List<Finding> findings) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            HumanReport.print(out, "a.txt", new AnnualReport(), findings);
        }
        return s.toString();
    }
}
