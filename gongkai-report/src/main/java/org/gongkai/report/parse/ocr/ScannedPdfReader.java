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
 * ({@link OcrLayout}); every table cell is then cut out and read again on its own ({@link #cellsAlone}),
 * and each that may hold a number once more for its digits alone ({@link #digitsAlone}); the lines are
 * assembled as the text reader's are.
 * Every report read so carries a {@code DOC.OCR} note; each number OCR was unsure of a {@code
 * DOC.OCR_UNSURE} warning at its line. A misread digit that breaks an identity of the tables is also
 * caught by the table rules (T3., T4.).
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
                OcrLayout.Reread reread = new OcrLayout.Reread() {
                    @Override
                    public List<List<OcrWord>> cells(List<int[]> rects) {
                        return cellsAlone(ruled.cleaned(), rects);
                    }

                    @Override
                    public List<Tesseract.Digits> digits(List<int[]> rects) {
                        return digitsAlone(ruled.cleaned(), rects);
                    }
                };
                for (OcrLayout.Line line : OcrLayout.lines(chars, ruled.horizontal(), ruled.vertical(), reread)) {
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
        String why = u.other() != null
                ? u.other().isEmpty() ? "，该格另一次识别未读出内容，几次识别不一致" : "，该格另一次识别读作“" + u.other() + "”，几次识别不一致"
                : u.mended() ? "由形似数字的字母更正而来" : "识别置信度仅" + Math.round(u.confidence()) + "%";
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

    /**
     * Every rectangle of {@code page} read once more on its own: its ink cut out with a white margin,
     * all rectangles read in one run of Tesseract ({@link Tesseract#charactersEach}); the characters of
     * each, moved back to page coordinates. An empty list for a rectangle without ink, and for each when
     * the reading fails.
     */
    static List<List<OcrWord>> cellsAlone(BufferedImage page, List<int[]> rects) {
        List<List<OcrWord>> out = new ArrayList<>();
        List<Cut> cuts = cuts(page, rects);
        List<Path> pngs = new ArrayList<>();
        try {
            for (Cut c : cuts) {
                pngs.add(c == null ? null : c.write());
            }
            List<List<OcrWord>> read = Tesseract.charactersEach(
                    pngs.stream().filter(java.util.Objects::nonNull).toList());
            int k = 0;
            for (Cut c : cuts) {
                List<OcrWord> moved = new ArrayList<>();
                if (c != null && k < read.size()) {
                    for (OcrWord w : read.get(k++)) {
                        moved.add(new OcrWord(
                                w.text(), w.left() + c.dx(), w.top() + c.dy(), w.width(), w.height(), w.confidence()));
                    }
                }
                out.add(moved);
            }
        } catch (IOException e) {
            out.clear();
            rects.forEach(r -> out.add(new ArrayList<>()));
        } finally {
            delete(pngs);
        }
        return out;
    }

    /** The ink of a rectangle cut out of a page, and where its (0, 0) lies on the page. */
    private record Cut(BufferedImage image, int dx, int dy) {
        Path write() throws IOException {
            Path png = Files.createTempFile("gongkai-ocr-", ".png");
            ImageIO.write(image, "png", png.toFile());
            return png;
        }
    }

    private static List<Cut> cuts(BufferedImage page, List<int[]> rects) {
        List<Cut> cuts = new ArrayList<>();
        for (int[] r : rects) {
            cuts.add(ink(page, r));
        }
        return cuts;
    }

    private static void delete(List<Path> pngs) {
        for (Path png : pngs) {
            try {
                if (png != null) {
                    Files.deleteIfExists(png);
                }
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
    }

    /** A pixel darker than this is ink when a cell is cut out for its digits. */
    private static final int INK = 128;

    /** White around the ink of a cell cut out for its digits, in pixels. */
    private static final int MARGIN = 16;

    /**
     * Every rectangle of {@code page} read once more for its digits alone ({@link Tesseract#digits}):
     * its ink cut out with a white margin; null for a rectangle without ink (an empty cell). The list
     * holds nulls only when the reading fails.
     */
    static List<Tesseract.Digits> digitsAlone(BufferedImage page, List<int[]> rects) {
        List<Tesseract.Digits> out = new ArrayList<>();
        List<Cut> cuts = cuts(page, rects);
        List<Path> pngs = new ArrayList<>();
        try {
            for (Cut c : cuts) {
                pngs.add(c == null ? null : c.write());
            }
            List<Tesseract.Digits> read = Tesseract.digits(
                    pngs.stream().filter(java.util.Objects::nonNull).toList());
            int k = 0;
            for (Cut c : cuts) {
                out.add(c != null && k < read.size() ? read.get(k++) : null);
            }
        } catch (IOException e) {
            out.clear();
            rects.forEach(r -> out.add(null));
        } finally {
            delete(pngs);
        }
        return out;
    }

    /** The ink inside {@code r} (its borders left out), on white with a margin; null when there is none. */
    private static Cut ink(BufferedImage page, int[] r) {
        int x0 = Math.max(0, r[0] + 4);
        int y0 = Math.max(0, r[1] + 4);
        int x1 = Math.min(page.getWidth(), r[2] - 3);
        int y1 = Math.min(page.getHeight(), r[3] - 3);
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        int[] px = page.getRaster().getPixels(x0, y0, x1 - x0, y1 - y0, (int[]) null);
        int w = x1 - x0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < px.length; i++) {
            if (px[i] < INK) {
                minX = Math.min(minX, i % w);
                maxX = Math.max(maxX, i % w);
                minY = Math.min(minY, i / w);
                maxY = Math.max(maxY, i / w);
            }
        }
        if (maxX < 0) {
            return null;
        }
        BufferedImage cut = new BufferedImage(
                maxX - minX + 1 + 2 * MARGIN, maxY - minY + 1 + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = cut.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, cut.getWidth(), cut.getHeight());
        g.drawImage(page.getSubimage(x0 + minX, y0 + minY, maxX - minX + 1, maxY - minY + 1), MARGIN, MARGIN, null);
        g.dispose();
        return new Cut(cut, x0 + minX - MARGIN, y0 + minY - MARGIN);
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
