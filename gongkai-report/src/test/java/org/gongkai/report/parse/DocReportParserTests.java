package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word 97–2003 documents (.doc), read with HWPF: the sample report saved as .doc by LibreOffice. */
class DocReportParserTests {

    private static byte[] sampleDoc() throws IOException {
        try (InputStream in = DocReportParserTests.class.getResourceAsStream("/doc/sample-report-2023.doc")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    private static GridLine lineStarting(List<GridLine> lines, String first) {
        return lines.stream()
                .filter(l -> l.cells().get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + first + " in " + lines));
    }

    @Test
    void readsTheSampleDocToItsNumbers() throws IOException {
        ParsedReport parsed = DocReportParser.parse(new ByteArrayInputStream(sampleDoc()));

        SampleReport.assertNumbers(parsed.report());
        assertThat(parsed.report().agency()).isEqualTo("示例市交通运输局");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void mergedCellsAreReadOnceAndContinuationsAreEmpty() throws IOException {
        List<GridLine> lines = DocReportParser.lines(new ByteArrayInputStream(sampleDoc()));

        assertThat(lineStarting(lines, "行政许可").cells()).containsExactly("行政许可", "356");
        assertThat(lineStarting(lines, "三、本年度办理结果").cells())
                .containsExactly("三、本年度办理结果", "（一）予以公开", "20", "3", "0", "1", "1", "0", "25");
        GridLine partial = lines.get(lines.indexOf(lineStarting(lines, "三、本年度办理结果")) + 1);
        assertThat(partial.cells())
                .containsExactly("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "5", "1", "0", "0", "0", "0", "6");
        assertThat(partial.tableRow()).isTrue();
        assertThat(lineStarting(lines, "一、总体情况").tableRow()).isFalse();
    }

    @Test
    void linesAfterAPageBreakAreOnTheNextPage() throws IOException {
        List<GridLine> lines = DocReportParser.lines(new ByteArrayInputStream(sampleDoc()));

        assertThat(lineStarting(lines, "规章").position().page()).isEqualTo(1);
        assertThat(lineStarting(lines, "三、收到和处理政府信息公开申请情况").position().page()).isEqualTo(2);
        assertThat(lineStarting(lines, "三、本年度办理结果").position().page()).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotAWordDocumentAreUnreadable() {
        ParsedReport parsed = DocReportParser.parse(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}));

        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNREADABLE");
            assertThat(f.message()).contains(".doc");
        });
        assertThat(DocReportParser.parse(new ByteArrayInputStream(new byte[0])).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("文件为空"));
    }
}
