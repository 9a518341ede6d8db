package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.report.AnnualReport;
import org.junit.jupiter.api.Test;

/** The Excel workbook: a sheet per table with numeric cells and merged headers, and a 说明 sheet. */
class XlsxRendererTests {

    private static XSSFWorkbook render(AnnualReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRenderer.render(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void hasASheetPerTableAndOneToExplain() throws IOException {
        try (XSSFWorkbook wb = render(SampleReports.seed2020())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetName(0)).isEqualTo("表二 主动公开");
            assertThat(wb.getSheetName(1)).isEqualTo("表三 依申请公开");
            assertThat(wb.getSheetName(2)).isEqualTo("表四 复议诉讼");
            Sheet about = wb.getSheet("说明");
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("达州市商务局");
            assertThat(about.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2020.0);
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2020年1月1日至2020年12月31日");
            assertThat(about.getRow(4).getCell(1).getStringCellValue()).startsWith("2019年版（国办公开办函〔2019〕60号）");
        }
    }

    @Test
    void numbersAreNumericCells() throws IOException {
        try (XSSFWorkbook wb = render(SampleReports.seed2020())) {
            Sheet t2 = wb.getSheet("表二 主动公开");
            // rows: block, header, 规章, 规范性文件, block, header, 行政许可 …
            assertThat(t2.getRow(6).getCell(0).getStringCellValue()).isEqualTo("行政许可");
            assertThat(t2.getRow(6).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(t2.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(-3.0);
            int last = t2.getLastRowNum();
            assertThat(t2.getRow(last).getCell(0).getStringCellValue()).isEqualTo("政府集中采购");
            assertThat(t2.getRow(last).getCell(2).getNumericCellValue()).isEqualTo(595.88);
        }
        try (XSSFWorkbook wb = render(SampleReports.of2021())) {
            Sheet t3 = wb.getSheet("表三 依申请公开");
            assertThat(t3.getRow(3).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(t3.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(13.0);
            Sheet t4 = wb.getSheet("表四 复议诉讼");
            assertThat(t4.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(3.0);
            Sheet t2 = wb.getSheet("表二 主动公开");
            assertThat(t2.getRow(t2.getLastRowNum()).getCell(1).getNumericCellValue())
                    .isEqualTo(96171.6);
        }
    }

    @Test
    void headersAreMerged() throws IOException {
        try (XSSFWorkbook wb = render(SampleReports.of2021())) {
            Sheet t3 = wb.getSheet("表三 依申请公开");
            assertThat(t3.getMergedRegions())
                    .contains(
                            new CellRangeAddress(0, 2, 0, 2),
                            new CellRangeAddress(0, 0, 3, 9),
                            new CellRangeAddress(1, 1, 4, 8),
                            new CellRangeAddress(5, 26, 0, 0));
            Sheet t4 = wb.getSheet("表四 复议诉讼");
            assertThat(t4.getMergedRegions())
                    .contains(new CellRangeAddress(0, 0, 0, 4), new CellRangeAddress(0, 0, 5, 14));
        }
    }
}
