package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Word document: opens in POI, has the title, the sections and three tables with merged cells. */
class DocxRendererTests {

    private static XWPFDocument render(org.gongkai.report.AnnualReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.render(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void hasTitleSectionsAndThreeTables() throws IOException {
        try (XWPFDocument doc = render(SampleReports.seed2020())) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph title = paragraphs.get(0);

            assertThat(title.getText()).isEqualTo("达州市商务局2020年政府信息公开工作年度报告");
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(paragraphs.stream().map(XWPFParagraph::getText)).contains("一、总体情况", "六、其他需要报告的事项", "无。");
            XWPFParagraph heading = paragraphs.stream()
                    .filter(p -> p.getText().equals("一、总体情况"))
                    .findFirst()
                    .orElseThrow();
            assertThat(heading.getRuns()
                            .get(0)
                            .getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("黑体");
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getDocument()
                            .getBody()
                            .getSectPr()
                            .getPgMar()
                            .getTop()
                            .toString())
                    .isEqualTo("2098");
        }
    }

    @Test
    void tablesHaveMergedCells() throws IOException {
        try (XWPFDocument doc = render(SampleReports.of2021())) {
            for (XWPFTable table : doc.getTables()) {
                assertThat(table.getRows().stream()
                                .flatMap(r -> r.getTableCells().stream())
                                .anyMatch(c -> pr(c) != null && pr(c).isSetGridSpan()))
                        .isTrue();
            }
            XWPFTable table3 = doc.getTables().get(1);
            long restarts = table3.getRows().stream()
                    .flatMap(r -> r.getTableCells().stream())
                    .filter(c -> pr(c) != null
                            && pr(c).isSetVMerge()
                            && pr(c).getVMerge().getVal() == STMerge.RESTART)
                    .count();
            // header note, 自然人, 总计, 三、本年度办理结果, （三）, （四）, （五）, （六）
            assertThat(restarts).isEqualTo(8);
            XWPFTableCell result = table3.getRow(5).getCell(0);
            assertThat(result.getText()).isEqualTo("三、本年度办理结果");
            assertThat(table3.getRows()).hasSize(3 + 25);
            // the 21 rows below it continue the merge
            long continued = table3.getRows().subList(6, 27).stream()
                    .filter(r -> pr(r.getCell(0)).isSetVMerge()
                            && pr(r.getCell(0)).getVMerge().getVal() == STMerge.CONTINUE)
                    .count();
            assertThat(continued).isEqualTo(21);
            XWPFTable table4 = doc.getTables().get(2);
            assertThat(table4.getRow(0).getCell(1).getText()).isEqualTo("行政诉讼");
            assertThat(pr(table4.getRow(0).getCell(1)).getGridSpan().getVal().intValue())
                    .isEqualTo(10);
            assertThat(table4.getRow(3).getTableCells()).hasSize(15);
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }
}
