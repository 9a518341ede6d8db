package org.gongkai.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;

/**
 * Writes a report's tables as an Excel workbook for people who add up numbers: one sheet per table
 * ("表二 主动公开", "表三 依申请公开", "表四 复议诉讼") in the official layout with merged header and group
 * cells, every number a numeric cell (amounts with their decimals, blank cells left empty), and a
 * sheet "说明" with the agency, the year, the 统计期限 and the edition. A table the report lacks gets
 * no sheet.
 */
public final class XlsxRenderer {
    private XlsxRenderer() {}

    public static void render(AnnualReport report, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Edition edition = TableGrid.editionOf(report);
            if (report.table2() != null) {
                sheet(wb, styles, TableGrid.table2(report.table2(), edition));
            }
            if (report.table3() != null) {
                sheet(wb, styles, TableGrid.table3(report.table3(), edition));
            }
            if (report.table4() != null) {
                sheet(wb, styles, TableGrid.table4(report.table4()));
            }
            about(wb, styles, report, edition);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, TableGrid grid) {
        Sheet sheet = wb.createSheet(grid.name());
        TableGrid.Cell[][] cover = grid.coverage();
        List<List<TableGrid.Cell>> rows = grid.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < grid.width(); c++) {
                TableGrid.Cell cell = cover[r][c];
                Cell x = row.createCell(c);
                x.setCellStyle(styles.of(cell == null ? TableGrid.Kind.VALUE : cell.kind()));
                if (cell == null || cell.row() != r || cell.column() != c) {
                    continue;
                }
                if (cell.kind() == TableGrid.Kind.VALUE) {
                    if (cell.number() != null) {
                        x.setCellValue(cell.number().doubleValue());
                    }
                } else {
                    x.setCellValue(cell.text());
                }
            }
        }
        for (List<TableGrid.Cell> row : rows) {
            for (TableGrid.Cell cell : row) {
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(
                            cell.row(),
                            cell.row() + cell.rowSpan() - 1,
                            cell.column(),
                            cell.column() + cell.colSpan() - 1));
                }
            }
        }
        // Widths in 1/256 of a character; autoSizeColumn needs AWT fonts, which a server may lack.
        for (int c = 0; c < grid.width(); c++) {
            boolean labelColumn = (grid.width() == 4 && c == 0) || (grid.width() == 10 && c < 3);
            int chars = labelColumn ? (c == 2 || grid.width() == 4 ? 36 : 12) : 12;
            sheet.setColumnWidth(c, chars * 256);
        }
        if (grid.headerRows() > 0) {
            sheet.createFreezePane(0, grid.headerRows());
        }
    }

    private static void about(XSSFWorkbook wb, Styles styles, AnnualReport report, Edition edition) {
        Sheet sheet = wb.createSheet("说明");
        String[][] rows = {
            {"标题", ReportOutline.title(report)},
            {"机关", report.agency() == null ? "" : report.agency()},
            {"年度", null},
            {"统计期限", report.year() == null ? "" : report.year() + "年1月1日至" + report.year() + "年12月31日"},
            {
                "表格版本",
                (report.edition() == null ? "未标明，按" + edition.code() + "年版排列" : edition.code() + "年版") + "（"
                        + edition.instrument() + "）"
            }
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            Cell key = row.createCell(0);
            key.setCellValue(rows[i][0]);
            key.setCellStyle(styles.header);
            Cell value = row.createCell(1);
            value.setCellStyle(styles.label);
            if (rows[i][1] != null) {
                value.setCellValue(rows[i][1]);
            } else if (report.year() != null) {
                value.setCellValue(report.year());
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    /** Bordered cells: headers bold and centred, labels left, numbers right. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle block;
        final CellStyle label;
        final CellStyle value;

        Styles(XSSFWorkbook wb) {
            Font plain = wb.createFont();
            plain.setFontName("宋体");
            plain.setFontHeightInPoints((short) 11);
            Font bold = wb.createFont();
            bold.setFontName("宋体");
            bold.setFontHeightInPoints((short) 11);
            bold.setBold(true);
            header = style(wb, bold, HorizontalAlignment.CENTER);
            block = style(wb, bold, HorizontalAlignment.LEFT);
            label = style(wb, plain, HorizontalAlignment.LEFT);
            value = style(wb, plain, HorizontalAlignment.RIGHT);
        }

        CellStyle of(TableGrid.Kind kind) {
            return switch (kind) {
                case HEADER -> header;
                case BLOCK -> block;
                case LABEL -> label;
                case VALUE -> value;
            };
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
