package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.report.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReadersTests {

    @TempDir
    Path dir;

    private static byte[] sampleHtml() throws IOException {
        return HtmlReportParserTests.sample().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void picksTheFrontEndByExtensionWhateverItsCase() throws IOException {
        Path html = Files.write(dir.resolve("报告.HTM"), sampleHtml());
        Path docx = Files.write(dir.resolve("report.docx"), SampleDocuments.docx(SampleReport.blocks(true)));

        SampleReport.assertNumbers(ReportReaders.read(html).report());
        SampleReport.assertNumbers(ReportReaders.read(docx).report());
        assertThat(ReportReaders.supports(html)).isTrue();
        assertThat(ReportReaders.supports(docx)).isTrue();
        assertThat(ReportReaders.supports(Path.of("a.PDF"))).isTrue();
        assertThat(ReportReaders.supports(Path.of("a.txt"))).isTrue();
        assertThat(ReportReaders.supports(Path.of("a.doc"))).isTrue();
        assertThat(ReportReaders.supports(Path.of("a.odt"))).isFalse();
        assertThat(ReportReaders.supports(Path.of("README"))).isFalse();
    }

    @Test
    void readsAPdfByItsName() {
        assumeTrue(SampleDocuments.CJK_FONT.isFile(), "needs fonts-wqy-microhei for a CJK text layer");

        SampleReport.assertNumbers(ReportReaders.read("r.pdf", SampleDocuments.pdf(SampleReport.blocks(false)))
                .report());
    }

    @Test
    void aGbkPageDeclaredAsGb2312ReadsLikeItsUtf8Original() throws IOException {
        String page = HtmlReportParserTests.sample().replace("charset=utf-8", "charset=gb2312");
        byte[] gbk = page.getBytes(Charsets.GB18030);

        assertThat(ReportReaders.read("gbk.html", gbk).report())
                .isEqualTo(ReportReaders.read("utf8.html", sampleHtml()).report());
        assertThat(HtmlReportParser.lines(Charsets.decode(gbk, true)).get(0).cells())
                .containsExactly(SampleReport.TITLE);
    }

    @Test
    void charsetEvidenceIsBomThenMetaThenValidUtf8ElseGb18030() {
        String text = "二、主动公开政府信息情况 规章 1 0 3";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] gbk = text.getBytes(Charsets.GB18030);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] lyingMeta = ("<meta charset=\"utf-8\"><p>" + text).getBytes(Charsets.GB18030);

        assertThat(Charsets.decode(utf8, false)).isEqualTo(text);
        assertThat(Charsets.decode(gbk, false)).isEqualTo(text);
        assertThat(Charsets.decode(bom, false)).isEqualTo(text);
        assertThat(Charsets.decode(utf16, false)).isEqualTo(text);
        assertThat(Charsets.decode(lyingMeta, true)).endsWith(text);
        assertThat(Charsets.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}))
                .as("overlong")
                .isFalse();
        assertThat(Charsets.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .as("surrogate")
                .isFalse();
        assertThat(Charsets.isValidUtf8(new byte[] {(byte) 0xE4, (byte) 0xB8}))
                .as("truncated")
                .isFalse();
        assertThat(Charsets.isValidUtf8("𠀀".getBytes(StandardCharsets.UTF_8)))
                .as("4-byte")
                .isTrue();
    }

    @Test
    void aFileThatCannotBeReadIsAFindingNamingTheFileAndTheReason() throws IOException {
        ParsedReport missing = ReportReaders.read(dir.resolve("缺失.pdf"));
        ParsedReport folder = ReportReaders.read(Files.createDirectory(dir.resolve("folder.txt")));
        ParsedReport empty = ReportReaders.read(Files.write(dir.resolve("empty.docx"), new byte[0]));
        ParsedReport broken = ReportReaders.read(Files.write(dir.resolve("broken.docx"), "PK garbage".getBytes()));

        assertThat(missing.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNREADABLE");
            assertThat(f.message()).contains("缺失.pdf").contains("文件不存在");
            assertThat(f.where()).isEqualTo("缺失.pdf");
        });
        assertThat(folder.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("不是普通文件"));
        assertThat(empty.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("empty.docx").contains("文件为空"));
        assertThat(broken.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNREADABLE");
            assertThat(f.message()).startsWith("broken.docx：");
        });
    }

    @Test
    void anUnsupportedFormatIsSaidSo() {
        ParsedReport odt = ReportReaders.read("报告.odt", new byte[] {1, 2, 3});

        assertThat(odt.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNSUPPORTED_FORMAT");
            assertThat(f.message()).contains("报告.odt").contains(".docx").contains(".doc");
        });
        ParsedReport rtf = ReportReaders.read("报告.doc", "{\\rtf1\\ansi 示例}".getBytes(StandardCharsets.UTF_8));
        assertThat(rtf.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNSUPPORTED_FORMAT");
            assertThat(f.message()).contains("报告.doc").contains("RTF");
        });
        ParsedReport mht = ReportReaders.read(
                "报告.doc", "MIME-Version: 1.0\r\nContent-Type: multipart/related;".getBytes(StandardCharsets.UTF_8));
        assertThat(mht.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains(".mht"));
        assertThat(ReportReaders.read((String) null, new byte[0]).findings())
                .extracting(f -> f.rule())
                .containsExactly("DOC.UNSUPPORTED_FORMAT");
    }

    @Test
    void theSeedReadsAsTextWithTheSameResultFromPathAndBytes() throws IOException {
        Path seed = SharedFiles.resolve("seed/000_7364606721a9d05b.txt").orElse(null);
        assumeTrue(seed != null, "../shared/seed is absent");

        ParsedReport fromPath = ReportReaders.read(seed);
        ParsedReport fromBytes = ReportReaders.read(seed.getFileName().toString(), Files.readAllBytes(seed));

        assertThat(fromPath.report()).isEqualTo(fromBytes.report());
        assertThat(fromPath.report())
                .isEqualTo(TextReportParser.parse(Files.readString(seed)).report());
    }

    @Test
    void aFileIsReadAsWhatItsContentIsWithANote() throws IOException {
        byte[] html = ("<html><head><meta charset=\"utf-8\"></head><body><p>示例市交通运输局2023年政府信息公开工作年度报告</p>"
                        + "<table><tr><td>行政许可</td><td>356</td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ParsedReport webPageAsDoc = ReportReaders.read("报告.doc", html);

        assertThat(webPageAsDoc.findings().get(0).rule()).isEqualTo("DOC.FORMAT_MISMATCH");
        assertThat(webPageAsDoc.findings().get(0).message())
                .isEqualTo("报告.doc的扩展名是Word 97–2003（.doc）文档，内容却是HTML 网页，已按HTML 网页读取");
        assertThat(webPageAsDoc.report().agency()).isEqualTo("示例市交通运输局");

        byte[] doc;
        try (var in = ReportReadersTests.class.getResourceAsStream("/doc/sample-report-2023.doc")) {
            doc = in.readAllBytes();
        }
        ParsedReport docAsPdf = ReportReaders.read("报告.pdf", doc);
        assertThat(docAsPdf.findings()).extracting(f -> f.rule()).containsExactly("DOC.FORMAT_MISMATCH");
        SampleReport.assertNumbers(docAsPdf.report());
        ParsedReport docAsDoc = ReportReaders.read("报告.DOC", doc);
        assertThat(docAsDoc.findings()).isEmpty();
        SampleReport.assertNumbers(docAsDoc.report());

        ParsedReport htmlAsTxt = ReportReaders.read("报告.txt", html);
        assertThat(htmlAsTxt.findings().get(0).rule()).isEqualTo("DOC.FORMAT_MISMATCH");
        ParsedReport textAsHtml =
                ReportReaders.read("报告.html", "示例市交通运输局2023年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8));
        assertThat(textAsHtml.findings()).extracting(f -> f.rule()).doesNotContain("DOC.FORMAT_MISMATCH");
    }
}
