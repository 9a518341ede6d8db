package org.gongkai.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * One of the three tables laid out as the national format prints it (domain-spec §2.3–2.5): rows of
 * cells, each with its row and column span. Every renderer draws from this one layout, so text, HTML,
 * Word and Excel agree on which cell is merged with which.
 *
 * <p>Table 2 is four columns wide: 信息内容 and up to three value columns; a block heading
 * (第二十条第（一）项) spans the row, and a block with fewer value columns stretches its last one. Table
 * 3 is ten wide: three label columns (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密) and the seven
 * applicant columns. Table 4 is fifteen wide with three header rows.
 */
final class TableGrid {

    /** What a cell holds, which decides its typeface and alignment. */
    enum Kind {
        /** a column heading or the header note */
        HEADER,
        /** a block heading of table 2 (第二十条第（一）项) */
        BLOCK,
        /** a row label or a group cell of row labels */
        LABEL,
        /** a number, or a blank where a number belongs */
        VALUE
    }

    /**
     * A cell that starts at (row, column) and covers rowSpan × colSpan grid positions.
     *
     * @param number the value of a {@link Kind#VALUE} cell, null when blank
     */
    record Cell(String text, Kind kind, BigDecimal number, int row, int column, int rowSpan, int colSpan) {}

    private final String name;
    private final int width;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<boolean[]> taken = new ArrayList<>();
    private int headerRows;

    private TableGrid(String name, int width) {
        this.name = name;
        this.width = width;
    }

    /** The sheet and caption name, e.g. "表二 主动公开". */
    String name() {
        return name;
    }

    int width() {
        return width;
    }

    /** The rows, each with the cells that start in it, left to right. */
    List<List<Cell>> rows() {
        return rows;
    }

    /** How many rows at the top are column headings (table 3: 3, table 4: 3, table 2: 0). */
    int headerRows() {
        return headerRows;
    }

    /** For each grid position, the cell that covers it (null where nothing was placed). */
    Cell[][] coverage() {
        Cell[][] grid = new Cell[rows.size()][width];
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
                        grid[r][k] = c;
                    }
                }
            }
        }
        return grid;
    }

    private void newRow() {
        rows.add(new ArrayList<>());
        while (taken.size() < rows.size()) {
            taken.add(new boolean[width]);
        }
    }

    private void add(String text, Kind kind, BigDecimal number, int rowSpan, int colSpan) {
        int r = rows.size() - 1;
        boolean[] row = taken.get(r);
        int c = 0;
        while (c < width && row[c]) {
            c++;
        }
        if (c + colSpan > width) {
            throw new IllegalStateException(name + " row " + r + " overflows at column " + c);
        }
        while (taken.size() < r + rowSpan) {
            taken.add(new boolean[width]);
        }
        for (int i = r; i < r + rowSpan; i++) {
            for (int k = c; k < c + colSpan; k++) {
                taken.get(i)[k] = true;
            }
        }
        rows.get(r).add(new Cell(text, kind, number, r, c, rowSpan, colSpan));
    }

    private void header(String text, int rowSpan, int colSpan) {
        add(text, Kind.HEADER, null, rowSpan, colSpan);
    }

    private void label(String text, int rowSpan, int colSpan) {
        add(text, Kind.LABEL, null, rowSpan, colSpan);
    }

    private void value(BigDecimal v, int colSpan) {
        add(v == null ? "" : v.toPlainString(), Kind.VALUE, v, 1, colSpan);
    }

    private void value(Long v) {
        value(v == null ? null : BigDecimal.valueOf(v), 1);
    }

    /** The edition to lay the tables out in: the report's, else the one its year requires, else 2021. */
    static Edition editionOf(AnnualReport report) {
        if (report.edition() != null) {
            return report.edition();
        }
        return report.year() == null ? Edition.E2021 : Edition.requiredFor(report.year());
    }

    /** Table 2 in the blocks of 条例第二十条 the edition prints. */
    static TableGrid table2(Table2 table, Edition edition) {
        TableGrid g = new TableGrid("表二 主动公开", 4);
        String block = null;
        for (Table2Row row : edition.table2Rows()) {
            List<Table2Column> columns = row.columns(edition);
            if (!row.block().equals(block)) {
                block = row.block();
                g.newRow();
                g.add(block, Kind.BLOCK, null, 1, 4);
                g.newRow();
                g.header("信息内容", 1, 1);
                for (int i = 0; i < columns.size(); i++) {
                    g.header(columns.get(i).label(), 1, i == columns.size() - 1 ? 4 - 1 - i : 1);
                }
            }
            g.newRow();
            g.label(row.label(edition), 1, 1);
            for (int i = 0; i < columns.size(); i++) {
                g.value(table.get(row, columns.get(i)), i == columns.size() - 1 ? 4 - 1 - i : 1);
            }
        }
        return g;
    }

    /** Table 3 with its three header rows and the group cells of the result rows. */
    static TableGrid table3(Table3 table, Edition edition) {
        TableGrid g = new TableGrid("表三 依申请公开", 10);
        g.headerRows = 3;
        g.newRow();
        g.header("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3);
        g.header("申请人情况", 1, 7);
        g.newRow();
        g.header(ApplicantColumn.NATURAL_PERSON.label(), 2, 1);
        g.header("法人或其他组织", 1, 5);
        g.header(ApplicantColumn.TOTAL.label(), 2, 1);
        g.newRow();
        for (ApplicantColumn c : ApplicantColumn.PARTS) {
            if (c != ApplicantColumn.NATURAL_PERSON) {
                g.header(c.label(), 1, 1);
            }
        }
        List<Table3Row> rows = edition.table3Rows();
        // 三、本年度办理结果 covers the result rows and （七）总计 below them: 20 rows (2019), 22 (2021).
        int results = Table3Row.resultRows(edition).size() + 1;
        boolean resultsOpen = false;
        Table3Row.Group group = null;
        for (Table3Row row : rows) {
            g.newRow();
            boolean underResults = row.isResult() || row == Table3Row.TOTAL;
            if (underResults && !resultsOpen) {
                resultsOpen = true;
                g.label("三、本年度办理结果", results, 1);
            }
            if (!underResults) {
                g.label(row.label(), 1, 3);
            } else if (row.group().heading() != null) {
                if (row.group() != group) {
                    long size =
                            rows.stream().filter(r -> r.group() == row.group()).count();
                    g.label(row.group().heading(), (int) size, 1);
                }
                g.label(row.label(), 1, 1);
            } else {
                g.label(row.label(), 1, 2);
            }
            group = row.group();
            Long[] cells = table.row(row);
            for (ApplicantColumn c : ApplicantColumn.values()) {
                g.value(cells == null ? null : cells[c.ordinal()]);
            }
        }
        return g;
    }

    /** Table 4: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), three header rows and one data row. */
    static TableGrid table4(Table4 table) {
        TableGrid g = new TableGrid("表四 复议诉讼", 15);
        g.headerRows = 3;
        g.newRow();
        g.header("行政复议", 1, 5);
        g.header("行政诉讼", 1, 10);
        g.newRow();
        for (Table4Column c : Table4Column.values()) {
            g.header(c.label(), 2, 1);
        }
        g.header("未经复议直接起诉", 1, 5);
        g.header("复议后起诉", 1, 5);
        g.newRow();
        for (int i = 0; i < 2; i++) {
            for (Table4Column c : Table4Column.values()) {
                g.header(c.label(), 1, 1);
            }
        }
        g.newRow();
        for (Table4Group group : Table4Group.values()) {
            for (Table4Column c : Table4Column.values()) {
                g.value(table.get(group, c));
            }
        }
        return g;
    }
}
