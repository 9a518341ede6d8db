package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
}
