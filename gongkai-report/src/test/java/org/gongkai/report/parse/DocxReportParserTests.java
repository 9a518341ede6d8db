package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.parse.SampleReport.Block;
import org.gongkai.report.parse.SampleReport.Cell;
import org.gongkai.report.parse.SampleReport.Table;
import org.gongkai.report.rules.Auditor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

class DocxReportParserTests {

    private static List<GridLine> lines(byte[] docx) throws IOException {
        return DocxReportParser.lines(new ByteArrayInputStream(docx));
    }

    private static GridLine lineStarting(List<GridLine> lines, String first) {
        return SampleReport.lineStarting(lines, first);
    }

    private static byte[] write(XWPFDocument doc) throws IOException {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheSampleDocxToItsNumbers() {
        byte[] docx = SampleDocuments.docx(SampleReport.blocks(false));

        ParsedReport parsed = DocxReportParser.parse(new ByteArrayInputStream(docx));

        SampleReport.assertNumbers(parsed.report());
    }

    @Test
    void mergedCellsAreReadOnceAndContinuationsAreEmpty() throws IOException {
        SampleReport.assertMergedCells(lines(SampleDocuments.docx(SampleReport.blocks(false))));
    }

    @Test
    void eachLineCarriesThePageItStartsOn() throws IOException {
        List<GridLine> lines = lines(SampleDocuments.docx(SampleReport.blocks(true)));

        assertThat(lineStarting(lines, "规章").position().page()).isEqualTo(1);
        assertThat(lineStarting(lines, "三、收到和处理政府信息公开申请情况").position().page()).isEqualTo(2);
        assertThat(lineStarting(lines, "三、本年度办理结果").position().page()).isEqualTo(2);
        assertThat(lineStarting(lines, "六、其他需要报告的事项").position().page()).isEqualTo(2);
    }

    @Test
    void findingsAboutTableThreeOnPageTwoNameThePage() {
        List<Block> blocks = SampleReport.blocks(true);
        // Break the balance of 表三: （七）总计 for 自然人 printed as 41 instead of 40.
        for (Block b : blocks) {
            if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    if (row.stream().anyMatch(c -> c.text().equals("（七）总计"))) {
                        int i = row.indexOf(new Cell("（七）总计", 2, 1));
                        row.set(i + 1, Cell.of(41));
                    }
                }
            }
        }
        ParsedReport parsed = DocxReportParser.parse(new ByteArrayInputStream(SampleDocuments.docx(blocks)));

        assertThat(parsed.metadata().positionOf(Table3Row.TOTAL)).isNotNull();
        assertThat(parsed.metadata().positionOf(Table3Row.TOTAL).page()).isEqualTo(2);
        List<Finding> findings = new Auditor().audit(parsed, null);
        assertThat(findings)
                .filteredOn(f -> f.rule().startsWith("T3."))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.page()).as(f.rule() + " " + f.message()).isEqualTo(2);
                    assertThat(f.whereWithPosition()).contains("第2页");
                });
    }

    @Test
    void pageBreakBeforeAndNewPageSectionsCountButContinuousSectionsDoNot() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("第一页");
        XWPFParagraph before = doc.createParagraph();
        before.setPageBreak(true);
        before.createRun().setText("第二页");
        XWPFParagraph endOfSection = doc.createParagraph();
        endOfSection.createRun().setText("第二页末节");
        endOfSection.getCTP().addNewPPr().addNewSectPr(); // the next section has no type: a new page
        doc.createParagraph().createRun().setText("第三页");
        XWPFParagraph continuous = doc.createParagraph();
        continuous.createRun().setText("第三页续");
        continuous.getCTP().addNewPPr().addNewSectPr().addNewType().setVal(STSectionMark.NEXT_PAGE);
        doc.createParagraph().createRun().setText("仍是第三页");
        doc.getDocument().getBody().addNewSectPr().addNewType().setVal(STSectionMark.CONTINUOUS);
        doc.createParagraph().createRun().setText("行中分页");
        XWPFParagraph split = doc.createParagraph();
        split.createRun().setText("分页前");
        split.createRun().addBreak(BreakType.PAGE);
        split.createRun().setText("分页后");
        doc.createParagraph().createRun().setText("第四页");

        List<GridLine> lines = lines(write(doc));

        assertThat(lines)
                .extracting(l -> l.cells().get(0) + "@" + l.position().page())
                .containsExactly(
                        "第一页@1", "第二页@2", "第二页末节@2", "第三页@3", "第三页续@3", "仍是第三页@3", "行中分页@3", "分页前@3", "分页后@4", "第四页@4");
    }

    @Test
    void wordsRenderedPageBreaksAreUsedAloneWhenPresent() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("第一页");
        XWPFParagraph explicit = doc.createParagraph();
        explicit.createRun().addBreak(BreakType.PAGE);
        // Word marks the first run of every rendered page, the one after a hard break included.
        explicit.createRun().getCTR().addNewLastRenderedPageBreak();
        explicit.getRuns().get(1).setText("第二页");
        XWPFParagraph flowed = doc.createParagraph();
        flowed.createRun().getCTR().addNewLastRenderedPageBreak();
        flowed.getRuns().get(0).setText("第三页（自然换页）");

        List<GridLine> lines = lines(write(doc));

        assertThat(lines).extracting(l -> l.position().page()).containsExactly(1, 2, 3);
    }

    @Test
    void aLayoutTableIsUnwrappedAndAOneCellTableIsItsText() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable layout = doc.createTable(1, 1);
        var outerCell = layout.getRow(0).getCell(0);
        outerCell.getParagraphs().get(0).createRun().setText("二、主动公开政府信息情况");
        XWPFTable inner = outerCell.insertNewTbl(outerCell.getCTTc().addNewTbl().newCursor());
        SampleDocuments.writeTable(
                inner,
                new ArrayList<>(List.of(new ArrayList<>(List.of(Cell.of("规章"), Cell.of(2), Cell.of(0), Cell.of(9))))));
        outerCell.getCTTc().addNewP();

        List<GridLine> lines = lines(write(doc));

        assertThat(lines)
                .extracting(GridLine::cells)
                .containsExactly(List.of("二、主动公开政府信息情况"), List.of("规章", "2", "0", "9"));
    }

    @Test
    void aOneCellFrameAroundTheProseIsReadAsProse() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        var frame = doc.createTable(1, 1).getRow(0).getCell(0);
        frame.getParagraphs().get(0).createRun().setText("一、总体情况");
        frame.addParagraph().createRun().setText("全年受理申请3件。");

        List<GridLine> lines = lines(write(doc));

        assertThat(lines).extracting(GridLine::cells).containsExactly(List.of("一、总体情况"), List.of("全年受理申请3件。"));
        assertThat(lines).noneMatch(GridLine::tableRow);
    }

    @Test
    void whatIsNotADocxIsAnUnreadableFindingWithTheReason() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("不是 Word 文档".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        for (byte[] bytes : List.of(new byte[0], "plain text".getBytes(), zip.toByteArray(), ole2)) {
            ParsedReport parsed = DocxReportParser.parse(new ByteArrayInputStream(bytes));
            assertThat(parsed.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("DOC.UNREADABLE");
                assertThat(f.message()).startsWith("无法读取 Word 文档：");
            });
        }
        assertThat(DocxReportParser.parse(new ByteArrayInputStream(ole2))
                        .findings()
                        .get(0)
                        .message())
                .contains(".doc");
    }
}
