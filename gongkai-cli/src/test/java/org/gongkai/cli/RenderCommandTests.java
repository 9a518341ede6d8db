package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai render}: from the JSON that audit writes to every document format. */
class RenderCommandTests {
    @TempDir
    Path tmp;

    private Path seedJson() throws Exception {
        Path seed = AuditCommandTests.seed().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(seed != null, "../shared/seed is absent");
        AuditCommandTests.Run audit = AuditCommandTests.run("audit", "--json", seed.toString());
        Path json = tmp.resolve("seed.json");
        Files.writeString(json, audit.out(), StandardCharsets.UTF_8);
        return json;
    }

    @Test
    void rendersTheSeedToEveryFormat() throws Exception {
        Path json = seedJson();

        for (String format : new String[] {"html", "docx", "xlsx", "txt", "json"}) {
            Path out = tmp.resolve("out/seed." + format);
            AuditCommandTests.Run run =
                    AuditCommandTests.run("render", "--format", format, "--out", out.toString(), json.toString());
            assertThat(run.exit()).as(format + ": " + run.err()).isZero();
            assertThat(out).isNotEmptyFile();
        }
        assertThat(Files.readString(tmp.resolve("out/seed.html"))).contains("政府集中采购", "595.88");
        assertThat(Files.readString(tmp.resolve("out/seed.txt"))).contains("行政许可 | 64 | -3 | 61");
        try (InputStream in = Files.newInputStream(tmp.resolve("out/seed.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
        }
        try (InputStream in = Files.newInputStream(tmp.resolve("out/seed.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void badJsonIsAClearErrorAndExitsTwo() throws Exception {
        Path json = tmp.resolve("bad.json");
        Files.writeString(json, "{\"schema\":\"something-else/9\"}", StandardCharsets.UTF_8);

        AuditCommandTests.Run run = AuditCommandTests.run(
                "render", "--format", "html", "--out", tmp.resolve("x.html").toString(), json.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("年报 JSON 有误");
        assertThat(tmp.resolve("x.html")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        AuditCommandTests.Run run = AuditCommandTests.run("render", "--format", "odt", "--out", "x", "y.json");

        assertThat(run.exit()).isEqualTo(2);
    }
}
