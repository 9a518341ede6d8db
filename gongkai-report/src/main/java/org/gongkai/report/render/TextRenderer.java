package org.gongkai.report.render;

import java.util.List;
import org.gongkai.report.AnnualReport;

/**
 * Writes a report as plain text, the way published reports read when their tables are flattened (the
 * seed report): title line, preamble, the six headings with their text, and each table row as its
 * cells separated by {@code |}, in the official layout. A merged cell is written once, where it
 * starts; every row is padded with empty cells to the table's width (table 2: 4, table 3: 10, table 4:
 * 15), and a blank number is an empty cell.
 *
 * <p>The cell separator follows the seed: a cell with text is written "text |", an empty one "|", and a
 * space comes after each cell that has text, e.g. {@code 第二十条第（一）项 | |||}.
 */
public final class TextRenderer {
    private TextRenderer() {}

    public static String render(AnnualReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportOutline.Block block : ReportOutline.of(report)) {
            if (block instanceof ReportOutline.Table t) {
                table(t.grid(), sb);
            } else {
                sb.append(block.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void table(TableGrid grid, StringBuilder sb) {
        for (List<TableGrid.Cell> row : grid.rows()) {
            String[] cells = new String[grid.width()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i < row.size() ? row.get(i).text() : "";
            }
            sb.append(line(cells)).append('\n');
        }
    }

    /** The cells of one row in the seed's {@code |} notation. */
    static String line(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && !cells[i - 1].isEmpty()) {
                sb.append(' ');
            }
            if (!cells[i].isEmpty()) {
                sb.append(cells[i]).append(' ');
            }
            sb.append('|');
        }
        return sb.toString();
    }
}
