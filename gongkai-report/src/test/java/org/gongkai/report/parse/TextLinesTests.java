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
 * these patterns do: lines at {@code \r\n | \r | \n | U+2028 | U+2029}, cells at {@code |},
 * {@code ｜}, tab, or a run of two or more spaces (ASCII, ideographic, no-break), a run of spaces
 * padding a bar or tab being part of that border; a bar closing a line opens no empty cell, and a
 * lone bar after a line of one cell closed by a bar (a table flattened one cell a line) is an empty
 * cell, read as {@link TextReportParser#EMPTY_CELL}.
 */
class TextLinesTests {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern CELL_BORDER =
            Pattern.compile("(?:[ \\u3000\\u00A0]{2,})?[|｜\\t](?:[ \\u3000\\u00A0]{2,})?|[ \\u3000\\u00A0]{2,}");
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
        // Lone bars after a one-cell line closed by a bar are empty cells when most of them are
        // followed by a bar or a value, else bars opening the next row.
        List<String> kept = new ArrayList<>();
        for (String rawLine : raw) {
            if (!rawLine.isBlank()) {
                kept.add(rawLine.strip());
            }
        }
        int votesCell = 0;
        int votesRow = 0;
        boolean style = false;
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            if (line.equals("|") || line.equals("｜")) {
                if (style && i + 1 < kept.size()) {
                    if (Pattern.matches("[|｜0-9 +\\-./—_–―%].*", kept.get(i + 1))) {
                        votesCell++;
                    } else {
                        votesRow++;
                    }
                }
                continue;
            }
            style = line.length() > 1
                    && (line.endsWith("|") || line.endsWith("｜"))
                    && CELL_BORDER.split(line, -1).length == 2;
        }
        boolean loneBarIsCell = votesCell > votesRow;
        boolean cellPipeStyle = false;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            String line = raw[i].strip();
            boolean closed = line.endsWith("|") || line.endsWith("｜");
            org.gongkai.report.SourcePosition pos = new org.gongkai.report.SourcePosition(7, i + 1);
            if (loneBarIsCell && cellPipeStyle && closed && line.length() == 1) {
                expected.add(new GridLine(List.of(TextReportParser.EMPTY_CELL), pos, false));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : CELL_BORDER.split(line, -1)) {
                cells.add(cell.strip());
            }
            if (closed) {
                cells.remove(cells.size() - 1);
            }
            cellPipeStyle = closed && line.length() > 1 && cells.size() == 1;
            expected.add(new GridLine(cells, pos, false));
        }

        assertThat(TextReportParser.lines(text, 7)).as(text).isEqualTo(expected);
    }
}
