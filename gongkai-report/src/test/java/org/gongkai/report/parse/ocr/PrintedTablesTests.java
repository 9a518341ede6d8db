package org.gongkai.report.parse.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The tables of a text layer placed by their ruling lines: drawn here with PDFBox as Word draws them
 * (each border a thin filled rectangle) and as LibreOffice does (stroked lines), with labels wrapped
 * over several lines of a narrow column and the numbers beside one of those lines.
 */
class PrintedTablesTests {
    private static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** Column borders (x) and row borders (y from the top) of the drawn table, in points. */
    private static final float[] XS = {40, 100, 160, 220};

    private static final float[] YS = {100, 150, 180};

    private enum Borders {
        FILLED,
        STROKED,
        NONE
    }

    /**
     * A page with a table of two rows: a label wrapped over three lines (三、本 / 年度办 / 理结果), its value
     * beside the middle line, an empty cell; then 行政许可 and two values. Above it a heading, below it a
     * sentence; with {@code frame}, a box around the whole page as well.
     */
    private static PDDocument page(Borders borders, boolean frame) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT);
                PDPageContentStream s = new PDPageContentStream(doc, page)) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            text(s, font, 40, h - 80, "三、收到和处理政府信息公开申请情况");
            text(s, font, 42, h - 112, "三、本");
            text(s, font, 42, h - 124, "年度办");
            text(s, font, 42, h - 136, "理结果");
            text(s, font, 102, h - 124, "25");
            text(s, font, 42, h - 168, "行政许可");
            text(s, font, 102, h - 168, "7");
            text(s, font, 162, h - 168, "0");
            text(s, font, 40, h - 220, "四、政府信息公开行政复议、行政诉讼情况");
            for (float y : YS) {
                line(s, borders, XS[0], h - y, XS[XS.length - 1], h - y);
            }
            for (float x : XS) {
                line(s, borders, x, h - YS[0], x, h - YS[YS.length - 1]);
            }
            if (frame) {
                line(s, borders, 20, h - 20, 575, h - 20);
                line(s, borders, 20, 20, 575, 20);
                line(s, borders, 20, 20, 20, h - 20);
                line(s, borders, 575, 20, 575, h - 20);
            }
        }
        return doc;
    }

    private static void text(PDPageContentStream s, PDType0Font font, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, 10);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static void line(PDPageContentStream s, Borders borders, float x0, float y0, float x1, float y1)
            throws IOException {
        switch (borders) {
            case FILLED -> {
                float w = 0.5f;
                s.addRect(
                        Math.min(x0, x1) - w / 2,
                        Math.min(y0, y1) - w / 2,
                        Math.abs(x1 - x0) + w,
                        Math.abs(y1 - y0) + w);
                s.fill();
            }
            case STROKED -> {
                s.setLineWidth(0.5f);
                s.moveTo(x0, y0);
                s.lineTo(x1, y1);
                s.stroke();
            }
            case NONE -> {}
        }
    }

    /** The first page's lines, as the PDF reader gets them: its text read first, then placed. */
    private static List<PrintedTables.Row> firstPage(PDDocument doc) throws IOException {
        PrintedTables.TextLayer layer = new PrintedTables.TextLayer();
        layer.page(doc, 1);
        return PrintedTables.lines(doc, 0, layer);
    }

    private static List<List<String>> cells(List<PrintedTables.Row> rows) {
        return rows.stream().map(PrintedTables.Row::cells).toList();
    }

    @Test
    void aLabelWrappedInANarrowCellIsOneCellBesideItsValues() throws IOException {
        assumeTrue(CJK_FONT.isFile(), "no CJK font at " + CJK_FONT);
        for (Borders borders : List.of(Borders.FILLED, Borders.STROKED)) {
            try (PDDocument doc = page(borders, false)) {
                List<PrintedTables.Row> rows = firstPage(doc);

                assertThat(rows).as(borders.name()).isNotNull();
                assertThat(cells(rows))
                        .as(borders.name())
                        .containsExactly(
                                List.of("三、收到和处理政府信息公开申请情况"),
                                List.of("三、本年度办理结果", "25", ""),
                                List.of("行政许可", "7", "0"),
                                List.of("四、政府信息公开行政复议、行政诉讼情况"));
                assertThat(rows).extracting(PrintedTables.Row::ruled).containsExactly(false, true, true, false);
            }
        }
    }

    @Test
    void aBoxAroundThePageIsNotACellOfTheTable() throws IOException {
        assumeTrue(CJK_FONT.isFile(), "no CJK font at " + CJK_FONT);
        try (PDDocument doc = page(Borders.FILLED, true)) {
            assertThat(cells(firstPage(doc)))
                    .containsExactly(
                            List.of("三、收到和处理政府信息公开申请情况"),
                            List.of("三、本年度办理结果", "25", ""),
                            List.of("行政许可", "7", "0"),
                            List.of("四、政府信息公开行政复议、行政诉讼情况"));
        }
    }

    @Test
    void aPageWithoutRulingLinesIsLeftToTheTextReader() throws IOException {
        assumeTrue(CJK_FONT.isFile(), "no CJK font at " + CJK_FONT);
        try (PDDocument doc = page(Borders.NONE, false)) {
            assertThat(firstPage(doc)).isNull();
        }
    }

    @Test
    void segmentsDrawnCellByCellAreOneLine() {
        List<TableRules.Segment> merged = PrintedTables.merged(List.of(
                new TableRules.Segment(100, 0, 50),
                new TableRules.Segment(101, 52, 120),
                new TableRules.Segment(100, 200, 260),
                new TableRules.Segment(140, 0, 260)));

        assertThat(merged)
                .containsExactly(
                        new TableRules.Segment(100, 0, 120),
                        new TableRules.Segment(100, 200, 260),
                        new TableRules.Segment(140, 0, 260));
    }
}
