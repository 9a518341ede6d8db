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
}
