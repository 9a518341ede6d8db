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
 * ({@link OcrLayout}); every table cell is then cut out and read again on its own, all of a page's
 * cells stacked on one sheet ({@link #cellsAlone}), and the lines assembled as the text reader's are.
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
                ? "，该格单独再识别一次读作“" + u.other() + "”，两次不一致"
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

    /** Gap between two cells on the sheet of cut-out cells, in pixels: more than a line of text. */
    private static final int GAP = 60;

    /**
     * Every rectangle cut out of {@code page} and stacked on one sheet, read once; the characters of each,
     * moved back to page coordinates. An empty list for each when the reading fails.
     */
    static List<List<OcrWord>> cellsAlone(BufferedImage page, List<int[]> rects) {
        int width = 0;
        int height = GAP;
        for (int[] r : rects) {
            width = Math.max(width, r[2] - r[0]);
            height += Math.max(1, r[3] - r[1] - 6) + GAP;
        }
        BufferedImage sheet = new BufferedImage(width + 2 * GAP, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = sheet.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        int[] top = new int[rects.size()];
        int y = GAP;
        for (int i = 0; i < rects.size(); i++) {
            int[] r = rects.get(i);
            int h = Math.max(1, r[3] - r[1] - 6);
            int w = Math.max(1, r[2] - r[0] - 6);
            g.drawImage(
                    page.getSubimage(
                            r[0] + 3,
                            r[1] + 3,
                            Math.min(w, page.getWidth() - r[0] - 3),
                            Math.min(h, page.getHeight() - r[1] - 3)),
                    GAP,
                    y,
                    null);
            top[i] = y;
            y += h + GAP;
        }
        g.dispose();
        List<List<OcrWord>> out = new ArrayList<>();
        for (int i = 0; i < rects.size(); i++) {
            out.add(new ArrayList<>());
        }
        List<OcrWord> chars;
        try {
            chars = characters(sheet);
        } catch (IOException e) {
            return out;
        }
        for (OcrWord c : chars) {
            double cy = c.centerY();
            for (int i = 0; i < rects.size(); i++) {
                int[] r = rects.get(i);
                if (cy >= top[i] && cy < top[i] + (r[3] - r[1] - 6)) {
                    out.get(i)
                            .add(new OcrWord(
                                    c.text(),
                                    c.left() - GAP + r[0] + 3,
                                    c.top() - top[i] + r[1] + 3,
                                    c.width(),
                                    c.height(),
                                    c.confidence()));
                    break;
                }
            }
        }
        return out;
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
        List<Path> pngs = new ArrayList<>();
        List<Integer> inked = new ArrayList<>();
        try {
            for (int i = 0; i < rects.size(); i++) {
                out.add(null);
                BufferedImage ink = ink(page, rects.get(i));
                if (ink != null) {
                    Path png = Files.createTempFile("gongkai-ocr-", ".png");
                    pngs.add(png);
                    ImageIO.write(ink, "png", png.toFile());
                    inked.add(i);
                }
            }
            List<Tesseract.Digits> read = Tesseract.digits(pngs);
            for (int k = 0; k < inked.size() && k < read.size(); k++) {
                out.set(inked.get(k), read.get(k));
            }
        } catch (IOException e) {
            for (int i = 0; i < out.size(); i++) {
                out.set(i, null);
            }
        } finally {
            for (Path png : pngs) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
        return out;
    }

    /** The ink inside {@code r} (its borders left out), on white with a margin; null when there is none. */
    private static BufferedImage ink(BufferedImage page, int[] r) {
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
        return cut;
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
