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
        return SampleReport.lineStarting(lines, first);
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
        SampleReport.assertMergedCells(DocReportParser.lines(new ByteArrayInputStream(sampleDoc())));
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
