package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TextReportParser#lines} cuts text by hand for speed; on random text it must cut exactly as
 * these two patterns do: lines at {@code \r\n | \r | \n | U+2028 | U+2029}, cells at {@code |},
 * {@code ｜}, tab, or a run of two or more spaces (ASCII, ideographic, no-break).
 */
class TextLinesTests {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern CELL_BORDER = Pattern.compile("[|｜\\t]|[ \\u3000\\u00A0]{2,}");
    private static final String ALPHABET = "ab1 2|｜\t\u3000\u00A0\r\n\u2028\u2029规章-";

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void cutsAsThePatternsDo(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(120); i > 0; i--) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String text = sb.toString();

        List<GridLine> expected = new ArrayList<>();
        String[] raw = LINE_BREAK.split(text, -1);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : CELL_BORDER.split(raw[i].strip(), -1)) {
                cells.add(cell.strip());
            }
            expected.add(new GridLine(cells, new org.gongkai.report.SourcePosition(7, i + 1), false));
        }

        assertThat(TextReportParser.lines(text, 7)).as(text).isEqualTo(expected);
    }
}
