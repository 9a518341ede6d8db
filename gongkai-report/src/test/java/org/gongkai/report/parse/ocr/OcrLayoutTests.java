package org.gongkai.report.parse.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Characters placed by their boxes, without Tesseract: the cells the ruling lines draw, and free text. */
class OcrLayoutTests {

    /** A character 30 px high at (x, y), confidence 99 unless said. */
    private static OcrWord ch(String text, int x, int y) {
        return new OcrWord(text, x, y, 24, 30, 99);
    }

    private static void word(List<OcrWord> out, String text, int x, int y) {
        for (int i = 0; i < text.length(); i++) {
            out.add(ch(text.substring(i, i + 1), x + i * 26, y));
        }
    }

    @Test
    void aLabelWrappedInItsCellIsOneCellAndTheRowOneLine() {
        // Lines at y = 100, 200, 300; columns at x = 0, 400, 500, 600.
        List<TableRules.Segment> horizontal = List.of(
                new TableRules.Segment(100, 0, 600),
                new TableRules.Segment(200, 0, 600),
                new TableRules.Segment(300, 0, 600));
        List<TableRules.Segment> vertical = List.of(
                new TableRules.Segment(0, 100, 300),
                new TableRules.Segment(400, 100, 300),
                new TableRules.Segment(500, 100, 300),
                new TableRules.Segment(600, 100, 300));
        List<OcrWord> chars = new ArrayList<>();
        word(chars, "一、总体情况", 10, 30); // above the table: free text
        word(chars, "（二）部分公开", 10, 110); // a label over two text lines
        word(chars, "（区分处理的）", 10, 150);
        word(chars, "29", 430, 135); // numbers beside the middle of the label
        word(chars, "0", 540, 135);
        word(chars, "规章", 10, 235);
        chars.add(new OcrWord("O", 440, 235, 24, 30, 99)); // a letter O for the digit 0
        chars.add(new OcrWord("7", 540, 235, 24, 30, 41)); // read with low confidence

        List<OcrLayout.Line> lines = OcrLayout.lines(chars, horizontal, vertical);

        assertThat(lines)
                .extracting(OcrLayout.Line::cells)
                .containsExactly(List.of("一、总体情况"), List.of("（二）部分公开（区分处理的）", "29", "0"), List.of("规章", "0", "7"));
        assertThat(lines.get(1).unsure()).isEmpty();
        assertThat(lines.get(2).unsure())
                .extracting(OcrLayout.Unsure::text, OcrLayout.Unsure::mended)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0", true),
                        org.assertj.core.groups.Tuple.tuple("7", false));
    }

    @Test
    void withoutLinesAGapWiderThanACharacterIsACellBorder() {
        List<OcrWord> chars = new ArrayList<>();
        word(chars, "行政许可", 10, 100);
        word(chars, "64", 300, 102);
        word(chars, "61", 500, 98);

        assertThat(OcrLayout.lines(chars))
                .extracting(OcrLayout.Line::cells)
                .containsExactly(List.of("行政许可", "64", "61"));
    }

    @Test
    void lettersAndSpecksAroundDigitsAreMendedOnlyInNumbers() {
        assertThat(OcrText.mended("1O")).isEqualTo("10");
        assertThat(OcrText.mended("o")).isEqualTo("0");
        assertThat(OcrText.mended("l2")).isEqualTo("12");
        assertThat(OcrText.mended("Old")).isEqualTo("Old");
        assertThat(OcrText.mended("规章")).isEqualTo("规章");
        assertThat(OcrText.trimmed("，1")).isEqualTo("1");
        assertThat(OcrText.trimmed("0。")).isEqualTo("0");
        assertThat(OcrText.trimmed("18651.06")).isEqualTo("18651.06");
        assertThat(OcrText.trimmed("“规章”")).isEqualTo("“规章”");
    }

    /** A row of a ruled table: a label cell (0–400) and three number cells (400–500, 500–600, 600–700). */
    private static final List<TableRules.Segment> ROW_H =
            List.of(new TableRules.Segment(100, 0, 700), new TableRules.Segment(200, 0, 700));

    private static final List<TableRules.Segment> ROW_V = List.of(
            new TableRules.Segment(0, 100, 200),
            new TableRules.Segment(400, 100, 200),
            new TableRules.Segment(500, 100, 200),
            new TableRules.Segment(600, 100, 200),
            new TableRules.Segment(700, 100, 200));

    /** A second and third reading given per cell, keyed by the cell's left line. */
    private static OcrLayout.Reread reread(
            java.util.Map<Integer, String> alone,
            java.util.Map<Integer, Tesseract.Digits> digits,
            List<Integer> asked) {
        return new OcrLayout.Reread() {
            @Override
            public List<List<OcrWord>> cells(List<int[]> rects) {
                List<List<OcrWord>> out = new ArrayList<>();
                for (int[] r : rects) {
                    List<OcrWord> chars = new ArrayList<>();
                    word(chars, alone.getOrDefault(r[0], ""), r[0] + 10, r[1] + 30);
                    out.add(chars);
                }
                return out;
            }

            @Override
            public List<Tesseract.Digits> digits(List<int[]> rects) {
                List<Tesseract.Digits> out = new ArrayList<>();
                for (int[] r : rects) {
                    asked.add(r[0]);
                    out.add(digits.get(r[0]));
                }
                return out;
            }
        };
    }

    @Test
    void numberCellsAreReadForTheirDigitsAloneAndADisagreementIsUnsure() {
        List<OcrWord> page = new ArrayList<>();
        word(page, "规章", 10, 130);
        word(page, "00", 420, 130); // the page reading put a neighbour's 0 in this cell
        // nothing read in the page at 500–600: a lone digit Tesseract missed
        word(page, "12", 620, 130);
        List<Integer> asked = new ArrayList<>();
        OcrLayout.Reread reread = reread(
                java.util.Map.of(0, "规章", 400, "0", 500, "", 600, "12"),
                java.util.Map.of(
                        400, new Tesseract.Digits("0", 96),
                        500, new Tesseract.Digits("7", 95),
                        600, new Tesseract.Digits("12", 97)),
                asked);

        List<OcrLayout.Line> lines = OcrLayout.lines(page, ROW_H, ROW_V, reread);

        assertThat(lines).extracting(OcrLayout.Line::cells).containsExactly(List.of("规章", "0", "7", "12"));
        assertThat(asked).as("the label is not read for digits").containsExactly(400, 500, 600);
        // 0 agrees with the reading alone, 12 with both; 7 with neither: unsure, with what else was read
        assertThat(lines.get(0).unsure())
                .extracting(OcrLayout.Unsure::text, OcrLayout.Unsure::other)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7", ""));
    }

    @Test
    void digitsReadWithLowConfidenceAreUnsureAndPlaceholdersStay() {
        List<OcrWord> page = new ArrayList<>();
        word(page, "规章", 10, 130);
        word(page, "35", 420, 130);
        word(page, "—", 520, 130);
        word(page, "8", 620, 130);
        List<Integer> asked = new ArrayList<>();
        OcrLayout.Reread reread = reread(
                java.util.Map.of(0, "规章", 400, "35", 500, "—", 600, "8"),
                java.util.Map.of(400, new Tesseract.Digits("35", 60), 600, new Tesseract.Digits("8", 99)),
                asked);

        List<OcrLayout.Line> lines = OcrLayout.lines(page, ROW_H, ROW_V, reread);

        assertThat(lines).extracting(OcrLayout.Line::cells).containsExactly(List.of("规章", "35", "—", "8"));
        assertThat(asked).as("a placeholder is kept as read").containsExactly(400, 600);
        assertThat(lines.get(0).unsure())
                .extracting(OcrLayout.Unsure::text, OcrLayout.Unsure::other)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("35", null));
    }

    @Test
    void theBordersOfATableOfOneRowAreLinesButAStrokeInACellIsNot() {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(1100, 400, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1100, 400);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(50, 100, 951, 4); // the row's top and bottom borders: 75 px apart, shorter than MIN_RUN
        g.fillRect(50, 171, 951, 4);
        for (int x : new int[] {50, 500, 1000}) {
            g.fillRect(x, 100, 4, 75);
        }
        g.fillRect(700, 115, 4, 45); // the stroke of a 1 in a cell, 45 px: touches neither border
        g.dispose();

        TableRules.Page ruled = TableRules.find(img);

        assertThat(ruled.vertical()).hasSize(3);
        assertThat(ruled.cleaned().getRaster().getSample(701, 130, 0))
                .as("the 1 is kept")
                .isZero();
        assertThat(ruled.cleaned().getRaster().getSample(501, 130, 0))
                .as("a border is removed")
                .isEqualTo(255);
    }
}
