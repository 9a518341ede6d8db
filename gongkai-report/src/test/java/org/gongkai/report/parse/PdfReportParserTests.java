package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;

class PdfReportParserTests {

    private static byte[] samplePdf() {
        assumeTrue(SampleDocuments.CJK_FONT.isFile(), "needs fonts-wqy-microhei for a CJK text layer");
        return SampleDocuments.pdf(SampleReport.blocks(true));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheSamplePdfToItsNumbers() {
        ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(samplePdf()));

        SampleReport.assertNumbers(parsed.report());
    }

    @Test
    void readsTheSampleWhenMergedLabelsAreCentredInTheirSpan() {
        samplePdf();
        byte[] pdf = SampleDocuments.pdf(SampleReport.blocks(true), true);

        SampleReport.assertNumbers(
                PdfReportParser.parse(new ByteArrayInputStream(pdf)).report());
    }

    @Test
    void rowsRememberThePageTheyWereReadOn() {
        ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(samplePdf()));

        assertThat(parsed.metadata().positionOf(Table2Row.REGULATIONS).page()).isEqualTo(1);
        assertThat(parsed.metadata().positionOf(Table3Row.GRANTED).page()).isEqualTo(2);
        assertThat(parsed.metadata().positionOf(Table3Row.CARRIED_FORWARD).page())
                .isEqualTo(2);
    }

    @Test
    void anEncryptedPdfSaysItNeedsAPassword() throws IOException {
        PDDocument doc = new PDDocument();
        doc.addPage(new PDPage());
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);

        ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(save(doc)));

        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.UNREADABLE");
            assertThat(f.message()).contains("加密");
        });
    }

    @Test
    void aScanWithoutATextLayerSaysSo() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        PDImageXObject image =
                LosslessFactory.createFromImage(doc, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.drawImage(image, 50, 50);
        }

        ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(save(doc)));

        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DOC.NO_TEXT_LAYER");
            assertThat(f.message()).contains("OCR");
        });
    }

    @Test
    void garbageTruncationAndEmptinessAreUnreadableFindings() {
        byte[] pdf = samplePdf();
        for (byte[] bytes : new byte[][] {
            new byte[0], "%PDF-1.7\n garbage".getBytes(), Arrays.copyOf(pdf, pdf.length / 3), "not a pdf".getBytes()
        }) {
            ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(bytes));
            assertThat(parsed.findings())
                    .as(new String(bytes, 0, Math.min(20, bytes.length)))
                    .anyMatch(f -> f.rule().startsWith("DOC."));
            assertThat(parsed.report()).isNotNull();
        }
    }

    private static List<GridLine> endingWith(String... cells) {
        List<GridLine> lines = new ArrayList<>();
        lines.add(new GridLine(List.of("三、收到和处理政府信息公开申请情况"), new SourcePosition(2, 1), false));
        lines.add(new GridLine(List.of(cells), new SourcePosition(2, 9), false));
        return lines;
    }

    @Test
    void aRowBrokenAcrossPagesGoesOnInItsLabelCells() {
        List<GridLine> lines = endingWith("（三）不予公", "1.属于国家秘", "1", "0", "0", "0", "0", "0", "1");

        assertThat(PdfReportParser.joinsAcrossPage(lines, List.of("开", "密", "", "", "", "", "", "", "")))
                .isTrue();
        assertThat(lines.get(1).cells()).containsExactly("（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1");
        assertThat(lines.get(1).position()).isEqualTo(new SourcePosition(2, 9));

        List<GridLine> one = endingWith("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政", "0", "0", "0", "0", "0", "0", "0");
        assertThat(PdfReportParser.joinsAcrossPage(one, List.of("府信息公开申请"))).isTrue();
        assertThat(one.get(1).cells().get(0)).isEqualTo("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    }

    @Test
    void aHeaderRepeatedOnTheNextPageOrARowOfValuesIsNotJoined() {
        List<String> row = List.of("（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1");
        for (List<String> next : List.of(
                List.of("自然人", "法人或其他组织", "总计"),
                List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
                List.of("2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"),
                List.of("开", "密", "国家"))) {
            List<GridLine> lines = endingWith(row.toArray(String[]::new));
            assertThat(PdfReportParser.joinsAcrossPage(lines, next))
                    .as(next.toString())
                    .isFalse();
            assertThat(lines.get(1).cells()).isEqualTo(row);
        }
        List<GridLine> prose = new ArrayList<>();
        prose.add(new GridLine(List.of("五、存在的主要问题及改进情况"), new SourcePosition(3, 1), false));
        assertThat(PdfReportParser.joinsAcrossPage(prose, List.of("待提高"))).isFalse();
    }

    @Test
    void emptyBoxesOfSpannedCellsBeforeALabelAreDroppedButNotBeforeAValue() {
        assertThat(PdfReportParser.withoutSpannedCells(List.of("", "", "3.其他", "1", "1", "0", "0", "0", "0", "2")))
                .containsExactly("3.其他", "1", "1", "0", "0", "0", "0", "2");
        assertThat(PdfReportParser.withoutSpannedCells(List.of("", "0", "1", "0", "0", "1")))
                .containsExactly("", "0", "1", "0", "0", "1");
        assertThat(PdfReportParser.withoutSpannedCells(List.of("", "/", "1"))).containsExactly("", "/", "1");
    }
}
