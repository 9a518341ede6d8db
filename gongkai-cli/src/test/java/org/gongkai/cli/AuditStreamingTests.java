package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.render.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai audit} streams: reports come out in input order, each as soon as it is done; the rules
 * that compare two years run at the end; one report given twice is audited once.
 */
class AuditStreamingTests {
    @TempDir
    Path tmp;

    private Path write(String name, AnnualReport r) throws IOException {
        String text = name.endsWith(".html") ? HtmlRenderer.render(r) : TextRenderer.render(r);
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void reportsArePrintedInTheOrderGiven() throws IOException {
        List<String> args = new ArrayList<>(List.of("audit"));
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Names in no sorted order, agencies all different: nothing but the order given decides.
            String name = String.format("%02d-%s.txt", (i * 37) % 60, i % 2 == 0 ? "b" : "a");
            String agency = "某市" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯辰巳午".charAt(i / 10) + "局";
            Path f = write(name, InventedReports.report(agency, 2022, 0, 0));
            args.add(f.toString());
            given.add(f.toString());
        }

        AuditCommandTests.Run run = AuditCommandTests.run(args.toArray(String[]::new));

        List<String> printed = run.out()
                .lines()
                .filter(l -> l.startsWith("== "))
                .map(l -> l.substring(3))
                .toList();
        assertThat(printed).isEqualTo(given);
        assertThat(run.out()).contains("合计：审查 60 份报告");
    }

    @Test
    void yearOverYearFindingsComeAfterTheReportsWhateverTheirOrder() throws IOException {
        Path later = write("2022.txt", InventedReports.report("某市某局", 2022, 5, 0));
        Path earlier = write("2021.txt", InventedReports.report("某市某局", 2021, 0, 3));

        AuditCommandTests.Run run = AuditCommandTests.run("audit", later.toString(), earlier.toString());

        assertThat(run.exit()).as(run.out()).isEqualTo(GongkaiCommand.EXIT_FINDINGS);
        String out = run.out();
        int cross = out.indexOf("== 跨年度核对（同一机关相邻两年的报告：1 对）");
        assertThat(cross).isGreaterThan(out.indexOf("== " + earlier)).isGreaterThan(out.indexOf("== " + later));
        String after = out.substring(cross);
        assertThat(after).contains("== " + later, "对照上一年度：" + earlier, "YOY.CARRY_OVER");
        assertThat(out.substring(0, cross)).doesNotContain("YOY.");
        assertThat(out).contains("合计：审查 2 份报告，其中 1 份有错误");
    }

    @Test
    void theSameReportAsHtmlAndTxtIsSaidOnceCountedOnceAndComparedOnce() throws IOException {
        AnnualReport r2022 = InventedReports.report("某市某局", 2022, 5, 0);
        Path html = write("2022年报.html", r2022);
        Path txt = write("2022年报.txt", r2022);
        Path earlier = write("2021年报.txt", InventedReports.report("某市某局", 2021, 0, 3));

        AuditCommandTests.Run run = AuditCommandTests.run("audit", tmp.toString());

        String out = run.out();
        assertThat(out).contains("合计：审查 2 份报告");
        assertThat(out).containsOnlyOnce("同一份报告另有");
        assertThat(out).contains("同一份报告另有 " + txt).contains("== " + html);
        assertThat(out).doesNotContain("== " + txt);
        assertThat(out).contains("跨年度核对（同一机关相邻两年的报告：1 对）");
        assertThat(out).containsOnlyOnce("对照上一年度：").contains("YOY.CARRY_OVER");
        assertThat(out).contains("对照上一年度：" + earlier);
    }

    @Test
    void asJsonEachReportIsALineAndEachPairOfYearsALineAfterThem() throws IOException {
        Path later = write("2022.txt", InventedReports.report("某市某局", 2022, 5, 0));
        Path earlier = write("2021.txt", InventedReports.report("某市某局", 2021, 0, 3));

        AuditCommandTests.Run run = AuditCommandTests.run("audit", "--json", earlier.toString(), later.toString());

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("source").asText()).isEqualTo(earlier.toString());
        assertThat(lines.get(1).get("source").asText()).isEqualTo(later.toString());
        JsonNode pair = lines.get(2);
        assertThat(pair.get("schema").asText()).isEqualTo("gongkai.year-over-year/1");
        assertThat(pair.get("source").asText()).isEqualTo(later.toString());
        assertThat(pair.get("previousSource").asText()).isEqualTo(earlier.toString());
        assertThat(pair.get("findings").get(0).get("rule").asText()).isEqualTo("YOY.CARRY_OVER");
        assertThat(run.exit()).isEqualTo(GongkaiCommand.EXIT_FINDINGS);
    }
}
