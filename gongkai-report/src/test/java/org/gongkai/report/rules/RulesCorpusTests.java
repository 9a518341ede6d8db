package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * The auditor on the thirteen real 平潭 reports with hand-read truth: exactly the report that does not
 * balance (119, 2020: the result rows add up to 26/27 against （七）总计 20/21) has errors; every other
 * report has none. The warnings of every report (and of the consecutive-year pairs of the same agency)
 * are printed for comparison with the corpus README's "what to notice" column and pinned here, so a
 * change of precision shows up as a failing test. Skips when ../shared is absent.
 */
class RulesCorpusTests {
    private final Auditor auditor = new Auditor();

    private static Map<String, AnnualReport> corpus() throws IOException {
        Path dir = SharedFiles.resolve("corpus/pingtan").orElse(null);
        assumeTrue(dir != null, "../shared/corpus/pingtan is absent");
        Map<String, AnnualReport> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.put(json.getFileName().toString().substring(0, 3), CorpusReports.load(json));
            }
        }
        return out;
    }

    /** The report of the same agency for the year before, if the corpus has it. */
    private static AnnualReport previousOf(Map<String, AnnualReport> corpus, AnnualReport r) {
        for (AnnualReport p : corpus.values()) {
            if (p.agency().equals(r.agency()) && p.year() == r.year() - 1) {
                return p;
            }
        }
        return null;
    }

    private static List<String> summary(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.severity().code() + " " + f.rule() + " — " + f.message());
        }
        return out;
    }

    @Test
    void exactlyTheUnbalancedReportHasErrors() throws IOException {
        Map<String, AnnualReport> corpus = corpus();
        assertThat(corpus).hasSize(13);
        for (var e : corpus.entrySet()) {
            List<Finding> findings = auditor.audit(e.getValue(), null);
            System.out.println("== " + e.getKey() + " " + e.getValue().agency() + " "
                    + e.getValue().year());
            summary(findings).forEach(s -> System.out.println("   " + s));
            List<Finding> errors = findings.stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .toList();
            if (e.getKey().equals("119")) {
                assertThat(errors)
                        .extracting(Finding::message)
                        .containsExactly("表三“（七）总计”行“自然人”列为20，但各办理结果之和为26", "表三“（七）总计”行“总计”列为21，但各办理结果之和为27");
                assertThat(errors).allMatch(f -> f.rule().equals("T3.RESULT_SUM"));
            } else {
                assertThat(errors).as(e.getKey()).isEmpty();
            }
        }
    }

    @Test
    void warningsOnSingleReports() throws IOException {
        Map<String, AnnualReport> corpus = corpus();
        Map<String, List<String>> fired = new TreeMap<>();
        for (var e : corpus.entrySet()) {
            fired.put(
                    e.getKey(),
                    auditor.audit(e.getValue(), null).stream()
                            .map(Finding::rule)
                            .toList());
        }
        // 107: prose 393 现行有效行政规范性文件 against 470 in table 2 (README).
        assertThat(fired.get("107")).containsExactly("TXT.NORMATIVE_COUNT");
        // 115: "2023年，在主动公开的61条…" in the 2024 report (README: stale 2023年).
        assertThat(fired.get("115")).containsExactly("TXT.STALE_YEAR");
        // 117: section 六 missing; "改进措施。2021年，我局将…" (README: should be 2022).
        assertThat(fired.get("117")).containsExactly("DOC.SECTION_MISSING", "TXT.STALE_YEAR");
        // 120: "2024年制作、获取政府信息总数…" in the 2025 report (README: stale 2024年).
        assertThat(fired.get("120")).containsExactly("TXT.STALE_YEAR");
        for (String quiet : List.of("106", "108", "109", "113", "114", "116", "118", "121")) {
            assertThat(fired.get(quiet)).as(quiet).isEmpty();
        }
    }

    @Test
    void yearOverYearPairs() throws IOException {
        Map<String, AnnualReport> corpus = corpus();
        Map<String, List<String>> fired = new TreeMap<>();
        for (var e : corpus.entrySet()) {
            AnnualReport previous = previousOf(corpus, e.getValue());
            if (previous == null) {
                continue;
            }
            List<Finding> yoy = auditor.audit(e.getValue(), previous).stream()
                    .filter(f -> f.rule().startsWith("YOY.")
                            || f.rule().equals("TXT.COPIED_NARRATIVE")
                            || f.rule().equals("T2.REPEALED_EXCEEDS"))
                    .toList();
            System.out.println("== " + e.getKey() + " " + e.getValue().agency() + " " + previous.year() + "→"
                    + e.getValue().year());
            summary(yoy).forEach(s -> System.out.println("   " + s));
            fired.put(e.getKey(), yoy.stream().map(Finding::rule).toList());
        }
        System.out.println(fired);
        // No carried-over count breaks Y-01 in the corpus: no error from a pair.
        assertThat(fired.values()).allSatisfy(rules -> assertThat(rules).doesNotContain("YOY.CARRY_OVER"));
        // 内容雷同: 120 repeats 115's section 五 word for word (README: near-copy of 115).
        assertThat(fired.get("120")).contains("TXT.COPIED_NARRATIVE");
    }
}
