package org.gongkai.report.parse;

import java.util.List;
import org.gongkai.report.SourcePosition;

/**
 * One line of a source as the shared {@link ReportAssembler} sees it, whatever the format: a table
 * row as its cells (HTML {@code <tr>}, Word table row, a {@code |}-separated text row) or a line of
 * prose as one cell. Front-ends (text, HTML, DOCX, PDF) only cut their input into lines; finding the
 * sections and tables by their labels is done once, in the assembler.
 *
 * @param cells the cell texts as printed (not yet normalised), never null
 * @param position where the line was read (page and/or line), may be null
 * @param tableRow true when the line came from a real table structure (HTML, DOCX) whose cell
 *     boundaries can be trusted; false for text that was split by heuristics
 */
public record GridLine(List<String> cells, SourcePosition position, boolean tableRow) {
    public GridLine {
        cells = List.copyOf(cells);
    }
}
