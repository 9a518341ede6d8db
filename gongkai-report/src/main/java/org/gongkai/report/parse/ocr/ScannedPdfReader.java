package org.gongkai.report.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.parse.GridLine;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReportAssembler;

/**
 * Reads a scanned report — a PDF whose pages are images — with OCR: each page rendered at {@value
 * #DPI} dpi in grey, its table lines found and removed ({@link TableRules}), its characters read by
 * {@link Tesseract} and placed in the cells the lines draw, or in lines by their boxes
 * ({@link OcrLayout}), the lines assembled as the text reader's are. Every report read so carries a
 * {@code DOC.OCR} note; each number OCR was unsure of a {@code DOC.OCR_UNSURE} warning at its line. A
 * misread digit that breaks an identity of the tables is also caught by the table rules (T3., T4.).
 */
public final class ScannedPdfReader {
    /** Dots per inch of the page images: 300 is what Tesseract is trained for. */
    static final int DPI = 300;

    private ScannedPdfReader() {}

    /** Whether OCR can be done here (Tesseract with the Simplified Chinese model is installed). */
    public static boolean available() {
        return Tesseract.available();
    }

    /** Reads {@code doc} by OCR; null when OCR is not available here. Never throws. */
    public static ParsedReport read(PDDocument doc) {
        if (!available()) {
            return null;
        }
        List<GridLine> lines = new ArrayList<>();
        List<Finding> unsure = new ArrayList<>();
        int pages = doc.getNumberOfPages();
        try {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 1; page <= pages; page++) {
                TableRules.Page ruled = TableRules.find(renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY));
                List<OcrWord> chars = characters(ruled.cleaned());
                int lineNo = 0;
                for (OcrLayout.Line line : OcrLayout.lines(chars, ruled.horizontal(), ruled.vertical())) {
                    lineNo++;
                    SourcePosition pos = new SourcePosition(page, lineNo);
                    lines.add(new GridLine(line.cells(), pos, false));
                    for (OcrLayout.Unsure u : line.unsure()) {
                        unsure.add(unsureFinding(u, line.cells().get(0), pos));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ParsedReport(
                    new AnnualReport(),
                    List.of(new Finding(
                            "DOC.UNREADABLE", Severity.ERROR, "PDF 没有文字层，文字识别（OCR）失败：" + e.getMessage(), "PDF")));
        }
        if (lines.isEmpty()) {
            return new ParsedReport(
                    new AnnualReport(),
                    List.of(new Finding(
                            "DOC.NO_TEXT_LAYER",
                            Severity.ERROR,
                            "PDF 没有文字层（共" + pages + "页，可能是扫描件或图片），文字识别（OCR）也未能读出文字，无法读取其中的表格和数字",
                            "PDF")));
        }
        ParsedReport assembled = ReportAssembler.assemble(lines);
        List<Finding> findings = new ArrayList<>(assembled.findings());
        findings.add(new Finding(
                "DOC.OCR",
                Severity.INFO,
                "PDF 没有文字层（扫描件，共" + pages + "页），文字和数字由文字识别（OCR）读出，可能有误，请与原件核对；识别不确定的数字另有提示",
                "PDF"));
        findings.addAll(unsure);
        return new ParsedReport(assembled.report(), findings, assembled.metadata());
    }

    private static Finding unsureFinding(OcrLayout.Unsure u, String label, SourcePosition pos) {
        String why = u.mended() ? "由形似数字的字母更正而来" : "识别置信度仅" + Math.round(u.confidence()) + "%";
        return new Finding(
                        "DOC.OCR_UNSURE",
                        Severity.WARNING,
                        "文字识别读出的数字“" + u.text() + "”" + why + "，请与原件核对（该行开头：“" + abbreviate(label) + "”）",
                        "PDF · 文字识别")
                .at(pos);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static List<OcrWord> characters(BufferedImage image) throws IOException {
        Path png = Files.createTempFile("gongkai-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return Tesseract.characters(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
