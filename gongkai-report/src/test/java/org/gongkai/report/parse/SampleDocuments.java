package org.gongkai.report.parse;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.report.parse.SampleReport.Block;
import org.gongkai.report.parse.SampleReport.Cell;
import org.gongkai.report.parse.SampleReport.Paragraph;
import org.gongkai.report.parse.SampleReport.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes {@link SampleReport} blocks as a .docx (POI: gridSpan and vMerge as Word writes them) or as
 * a PDF with a real CJK text layer (PDFBox, WenQuanYi Micro Hei), so the DOCX and PDF tests read
 * files the repository builds itself.
 */
final class SampleDocuments {
    static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private SampleDocuments() {}

    /** A cell placed on the table grid: its origin, or a continuation row of a rowspan above. */
    record Placed(Cell cell, int column, boolean origin) {}

    /**
     * Lays out markup rows (HTML-like colspan/rowspan) on the grid, row by row, left to right, the way
     * a browser does; ragged rows (the fuzz tests delete cells) simply end early.
     */
    static List<List<Placed>> grid(List<List<Cell>> rows) {
        List<java.util.Map<Integer, Cell>> owner = new ArrayList<>();
        List<java.util.Set<Integer>> origins = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            owner.add(new java.util.HashMap<>());
            origins.add(new java.util.HashSet<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (owner.get(r).containsKey(c)) {
                    c++;
                }
                origins.get(r).add(c);
                for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        owner.get(r + dr).putIfAbsent(c + dc, cell);
                    }
                }
                c += cell.colspan();
            }
        }
        List<List<Placed>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> row = new ArrayList<>();
            int width = owner.get(r).keySet().stream()
                            .mapToInt(Integer::intValue)
                            .max()
                            .orElse(-1)
                    + 1;
            for (int c = 0; c < width; ) {
                Cell cell = owner.get(r).get(c);
                if (cell == null) {
                    c++;
                    continue;
                }
                row.add(new Placed(cell, c, origins.get(r).contains(c)));
                c += cell.colspan();
            }
            out.add(row);
        }
        return out;
    }

    static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    XWPFRun run = doc.createParagraph().createRun();
                    if (p.newPage()) {
                        run.addBreak(BreakType.PAGE);
                    }
                    run.setText(p.text());
                } else if (block instanceof Table t) {
                    if (t.newPage()) {
                        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                    }
                    writeTable(doc.createTable(), t.rows());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeTable(XWPFTable table, List<List<Cell>> rows) {
        table.removeRow(0);
        List<List<Placed>> grid = grid(rows);
        for (int r = 0; r < grid.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            for (Placed placed : grid.get(r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (placed.cell().colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(placed.cell().colspan()));
                }
                if (placed.cell().rowspan() > 1) {
                    pr.addNewVMerge().setVal(placed.origin() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph p = cell.getParagraphs().isEmpty()
                        ? cell.addParagraph()
                        : cell.getParagraphs().get(0);
                if (placed.origin()) {
                    p.createRun().setText(placed.cell().text());
                }
            }
        }
    }

    /** Landscape A4, 8-point text; a table's grid columns get the widths given per table. */
    static byte[] pdf(List<Block> blocks) {
        return pdf(blocks, false);
    }

    /**
     * As {@link #pdf(List)}; with {@code centred}, a label spanning rows is printed on the middle row
     * of its span, as Word and WPS print a vertically centred merged cell.
     */
    static byte[] pdf(List<Block> blocks, boolean centred) {
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            Writer w = new Writer(doc, font);
            int tableNo = 0;
            float[][] widths = {{150, 90, 90, 90}, {80, 70, 290, 40, 40, 40, 40, 40, 40, 40}, repeat(45, 15)};
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    if (p.newPage()) {
                        w.newPage();
                    }
                    w.line(List.of(p.text()), new float[] {0});
                } else if (block instanceof Table t) {
                    float[] colWidths = widths[Math.min(tableNo++, widths.length - 1)];
                    List<List<Placed>> grid = grid(t.rows());
                    for (int r = 0; r < grid.size(); r++) {
                        List<Placed> row = grid.get(r);
                        List<String> texts = new ArrayList<>();
                        List<Float> xs = new ArrayList<>();
                        for (Placed placed : row) {
                            if (printedHere(grid, r, placed, centred)) {
                                texts.add(placed.cell().text());
                                float x = 0;
                                for (int c = 0; c < placed.column(); c++) {
                                    x += colWidths[c];
                                }
                                xs.add(x);
                            }
                        }
                        float[] at = new float[xs.size()];
                        for (int i = 0; i < at.length; i++) {
                            at[i] = xs.get(i);
                        }
                        w.line(texts, at);
                    }
                }
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean printedHere(List<List<Placed>> grid, int row, Placed placed, boolean centred) {
        if (!centred || placed.cell().rowspan() == 1) {
            return placed.origin();
        }
        int first = row;
        while (first > 0 && grid.get(first - 1).stream().anyMatch(p -> p.cell() == placed.cell())) {
            first--;
        }
        return row == first + (placed.cell().rowspan() - 1) / 2;
    }

    private static float[] repeat(float v, int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - 40;
        }

        void line(List<String> texts, float[] xs) throws IOException {
            if (y < 40) {
                newPage();
            }
            for (int i = 0; i < texts.size(); i++) {
                stream.beginText();
                stream.setFont(font, 8);
                stream.newLineAtOffset(30 + xs[i], y);
                stream.showText(texts.get(i));
                stream.endText();
            }
            y -= 13;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
