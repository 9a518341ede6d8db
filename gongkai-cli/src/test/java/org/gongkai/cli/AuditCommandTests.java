package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gongkai audit} end to end: the seed as the issue pins it, exit codes, folders. */
class AuditCommandTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    /** Runs the command line as {@code main} builds it for these arguments. */
    static Run run(String... args) {
        CommandLine cl = GongkaiCommand.commandLine(args.length > 0 ? args[0] : "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Optional<Path> seed() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seed/000_7364606721a9d05b.txt");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path requireSeed() {
        Optional<Path> seed = seed();
        assumeTrue(seed.isPresent(), "../shared/seed is absent: seed tests skipped");
        return seed.get();
    }

    @Test
    void seedAsJsonHasEveryNumberAsPrintedAndNoError() throws IOException {
        Run run = run("audit", "--json", requireSeed().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(1);
        JsonNode r = lines.get(0);
        assertThat(r.get("schema").asText()).isEqualTo("gongkai.annual-report/1");
        assertThat(r.get("source").asText()).endsWith("000_7364606721a9d05b.txt");
        assertThat(r.get("year").asInt()).isEqualTo(2020);
        assertThat(r.get("edition").asText()).isEqualTo("2019");

        JsonNode t2 = r.get("table2");
        assertThat(values(t2.get("regulations"), "newlyMade", "newlyPublished", "totalPublished"))
                .containsExactly("0", "0", "0");
        assertThat(values(t2.get("normativeDocuments"), "newlyMade", "newlyPublished", "totalPublished"))
                .containsExactly("0", "0", "1");
        assertThat(values(t2.get("licensing"), "previousYearCount", "change", "decisions"))
                .containsExactly("64", "-3", "61");
        assertThat(values(t2.get("otherExternalManagementServices"), "previousYearCount", "change", "decisions"))
                .containsExactly("2", "-2", "0");
        assertThat(values(t2.get("penalties"), "previousYearCount", "change", "decisions"))
                .containsExactly("0", "0", "0");
        assertThat(values(t2.get("enforcement"), "previousYearCount", "change", "decisions"))
                .containsExactly("0", "0", "0");
        assertThat(values(t2.get("administrativeFees"), "previousYearCount", "change"))
                .containsExactly("0", "0");
        assertThat(values(t2.get("centralizedProcurement"), "projects", "totalAmount"))
                .containsExactly("2", "595.88");

        JsonNode rows = r.get("table3").get("rows");
        assertThat(rows.size()).as("the 23 rows of the 2019 edition").isEqualTo(23);
        rows.properties().forEach(e -> {
            assertThat(e.getValue().size()).as(e.getKey()).isEqualTo(7);
            e.getValue()
                    .forEach(n -> assertThat(n.isNumber() && n.asLong() == 0)
                            .as(e.getKey())
                            .isTrue());
        });
        JsonNode t4 = r.get("table4");
        for (String group : List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration")) {
            for (String col : List.of("upheld", "corrected", "other", "pending", "total")) {
                assertThat(t4.get(group).get(col).asLong())
                        .as(group + "." + col)
                        .isZero();
            }
        }

        List<String> errors = new ArrayList<>();
        List<String> missingSections = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                errors.add(f.toString());
            }
            if (f.get("rule").asText().equals("DOC.SECTION_MISSING")) {
                missingSections.add(f.get("message").asText());
            }
        }
        assertThat(errors).isEmpty();
        assertThat(missingSections).hasSize(3);
        assertThat(String.join("\n", missingSections)).contains("三、", "四、", "五、");
    }

    @Test
    void oneChangedCellOfTable3GivesTheMatchingT3Error() throws IOException {
        String text = Files.readString(requireSeed(), StandardCharsets.UTF_8);
        String changed = text.replace("(一)予以公開 | 0 |", "(一)予以公開 | 1 |");
        assertThat(changed).isNotEqualTo(text);
        Path file = tmp.resolve("changed.txt");
        Files.writeString(file, changed, StandardCharsets.UTF_8);

        Run run = run("audit", "--json", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode r = run.lines().get(0);
        List<JsonNode> t3errors = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("error")
                    && f.get("rule").asText().startsWith("T3.")) {
                t3errors.add(f);
            }
        });
        assertThat(t3errors).isNotEmpty();
        assertThat(t3errors)
                .anySatisfy(f -> assertThat(
                                f.get("message").asText() + f.get("where").asText())
                        .contains("予以公开")
                        .contains("自然人"));
    }

    @Test
    void humanOutputIsChineseWithASummaryLine() {
        Run run = run("audit", requireSeed().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("年度：2020年", "表格格式：2019年版", "DOC.SECTION_MISSING", "合计：审查 1 份报告");
    }

    @Test
    void aMissingPathIsReportedAndExitsTwo() {
        Run run = run("audit", tmp.resolve("no-such-file.txt").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("路径不存在");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("audit", "--no-such-option", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("用法错误");
    }

    @Test
    void aFolderIsWalkedRecursivelyAndUnreadableFilesAreNotSkippedSilently() throws IOException {
        Path sub = Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/report.txt"), "一、总体情况\n本机关2021年……\n", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("report.html"), "<html><body><p>二、主动公开政府信息情况</p></body></html>");
        Files.write(sub.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(sub.resolve("notes.md"), "not a report");

        Run run = run("audit", "--json", tmp.resolve("a").toString());

        List<JsonNode> lines = run.lines();
        assertThat(lines)
                .extracting(n -> Path.of(n.get("source").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("report.txt", "report.html", "broken.docx");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.docx");
    }

    @Test
    void anUnsupportedFileIsABadPathOnlyNotAlsoAReport() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.md"), "not a report");
        Path report =
                Files.writeString(tmp.resolve("report.txt"), "某局2021年政府信息公开工作年度报告\n一、总体情况\n", StandardCharsets.UTF_8);

        Run run = run("audit", notes.toString(), report.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("notes.md").contains("合计：审查 1 份报告", "；1 个路径无法读取。");
        assertThat(run.err()).contains("不支持的文件格式：" + notes);
    }

    @Test
    void anUnreadableReportIsCountedOnceAsAReportWithAnError() throws IOException {
        Path broken = Files.write(tmp.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});

        Run run = run("audit", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("合计：审查 1 份报告，其中 1 份有错误（含 1 份无法读取）").doesNotContain("个路径无法读取");
        assertThat(run.err()).contains("无法读取：" + broken);
    }

    private static List<String> values(JsonNode row, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            JsonNode v = row.get(k);
            out.add(
                    v == null || v.isNull()
                            ? null
                            : v.decimalValue().stripTrailingZeros().toPlainString());
        }
        return out;
    }
}
