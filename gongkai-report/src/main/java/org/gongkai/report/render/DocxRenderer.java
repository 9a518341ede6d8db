package org.gongkai.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.report.AnnualReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report as a Word document an office would publish, after the layout of GB/T 9704 (党政机关
 * 公文格式) as far as a report follows it: A4 with margins of about 37 mm top, 35 mm bottom, 28 mm left
 * and 26 mm right; the title centred in 宋体 二号 bold (方正小标宋 is not a font one can count on); body
 * text in 仿宋_GB2312 三号 with a first-line indent of two characters and fixed 28-point lines;
 * section headings in 黑体 三号; the three tables in 宋体 with single borders and their merged cells
 * as {@code gridSpan} (across) and {@code vMerge} (down), header rows repeated on each page.
 */
public final class DocxRenderer {
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = mm(37);
    private static final int MARGIN_BOTTOM = mm(35);
    private static final int MARGIN_LEFT = mm(28);
    private static final int MARGIN_RIGHT = mm(26);
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String TABLE_FONT = "宋体";
    /** 二号 = 22 pt, 三号 = 16 pt, 五号 = 10.5 pt, 小五 = 9 pt. */
    private static final int TITLE_SIZE = 22;

    private static final int BODY_SIZE = 16;
    private static final int INDENT = 2 * BODY_SIZE * 20;

    private DocxRenderer() {}

    public static void render(AnnualReport report, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            doc.getProperties().getCoreProperties().setTitle(ReportOutline.title(report));
            for (ReportOutline.Block block : ReportOutline.of(report)) {
                if (block instanceof ReportOutline.Title t) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingAfter(BODY_SIZE * 20);
                    run(p, t.text(), TITLE_FONT, TITLE_SIZE, true);
                } else if (block instanceof ReportOutline.Heading h) {
                    XWPFParagraph p = body(doc);
                    p.setKeepNext(true);
                    run(p, h.text(), HEADING_FONT, BODY_SIZE, false);
                } else if (block instanceof ReportOutline.Paragraph para) {
                    run(body(doc), para.text(), BODY_FONT, BODY_SIZE, false);
                } else if (block instanceof ReportOutline.Table t) {
                    table(doc, t.grid());
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(INDENT);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static void table(XWPFDocument doc, TableGrid grid) {
        int[] widths = columnWidths(grid);
        List<List<TableGrid.Cell>> rows = grid.rows();
        TableGrid.Cell[][] cover = grid.coverage();
        XWPFTable table = doc.createTable(rows.size(), 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int w : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        double fontSize = grid.width() > 10 ? 9 : 10.5;
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            boolean first = true;
            for (int c = 0; c < grid.width(); ) {
                TableGrid.Cell cell = cover[r][c];
                int span = cell == null ? 1 : cell.colSpan();
                XWPFTableCell tc = first ? row.getCell(0) : row.addNewTableCell();
                first = false;
                CTTcPr pr = tc.getCTTc().isSetTcPr()
                        ? tc.getCTTc().getTcPr()
                        : tc.getCTTc().addNewTcPr();
                int width = 0;
                for (int k = c; k < c + span; k++) {
                    width += widths[k];
                }
                pr.addNewTcW().setW(BigInteger.valueOf(width));
                pr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (cell != null && cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(r == cell.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph p = tc.getParagraphs().get(0);
                p.setAlignment(
                        cell != null && (cell.kind() == TableGrid.Kind.LABEL || cell.kind() == TableGrid.Kind.BLOCK)
                                ? ParagraphAlignment.LEFT
                                : ParagraphAlignment.CENTER);
                if (cell != null && r == cell.row() && !cell.text().isEmpty()) {
                    run(p, cell.text(), TABLE_FONT, fontSize, cell.kind() == TableGrid.Kind.BLOCK);
                }
                c += span;
            }
        }
        // A paragraph after the table keeps two tables from running together.
        doc.createParagraph();
    }

    /** Widths in twips: labels wide, numbers narrow, filling the text width. */
    private static int[] columnWidths(TableGrid grid) {
        int[] w = new int[grid.width()];
        switch (grid.width()) {
            case 4 -> {
                w[0] = TEXT_WIDTH - 3 * 2000;
                w[1] = w[2] = w[3] = 2000;
            }
            case 10 -> {
                int number = 640;
                w[0] = 700;
                w[1] = 900;
                w[2] = TEXT_WIDTH - 7 * number - w[0] - w[1];
                for (int i = 3; i < 10; i++) {
                    w[i] = number;
                }
            }
            default -> {
                for (int i = 0; i < w.length; i++) {
                    w[i] = TEXT_WIDTH / w.length;
                }
            }
        }
        return w;
    }
}
