package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.report.SourcePosition;

/**
 * Reads an annual report from plain text: text copied from a web page or PDF, a {@code |}-flattened
 * table, tab-separated cells, or one cell per line. It only cuts the text into {@link GridLine}s — a
 * line's cells split at {@code |}, tabs and runs of two or more spaces — and leaves the finding of
 * sections and tables to the {@link ReportAssembler}. A single space is kept inside a cell, since it
 * may be a word break as well as a cell border; the assembler decides.
 */
public final class TextReportParser {
    private static final Pattern CELL_BORDER = Pattern.compile("[|｜\\t]|[ \\u3000\\u00A0]{2,}");
    private static final Pattern NBSP_ENTITY = Pattern.compile("&(?:nbsp|NBSP|#160|ensp|emsp|#12288);");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    private TextReportParser() {}

    /**
     * Cuts plain text into lines of cells. Blank lines are dropped; each line's position is its
     * 1-based line number in {@code text}, with {@code page} when given (the PDF front-end calls this
     * per page).
     */
    public static List<GridLine> lines(String text, Integer page) {
        List<GridLine> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        if (text.indexOf('&') >= 0) {
            // Literal &nbsp; entities are spaces; two or more of them are a cell border, as real spaces are.
            text = NBSP_ENTITY.matcher(text).replaceAll("\u00A0");
        }
        String[] raw = LINE_BREAK.split(text, -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : CELL_BORDER.split(line.strip(), -1)) {
                cells.add(cell.strip());
            }
            out.add(new GridLine(cells, new SourcePosition(page, i + 1), false));
        }
        return out;
    }

    /** Parses plain text into a report; never throws. */
    public static ParsedReport parse(String text) {
        return ReportAssembler.assemble(lines(text, null));
    }
}
