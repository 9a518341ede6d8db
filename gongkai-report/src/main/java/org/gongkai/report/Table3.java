package org.gongkai.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of table 3: for each row read, the seven {@link ApplicantColumn} cells. An absent row
 * was not found; a null cell was blank or a placeholder.
 */
public final class Table3 {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    private final Map<Table3Row, Long[]> rows = new EnumMap<>(Table3Row.class);

    public boolean hasRow(Table3Row row) {
        return rows.containsKey(row);
    }

    public Set<Table3Row> rows() {
        return rows.keySet();
    }

    public Table3 addRow(Table3Row row) {
        rows.computeIfAbsent(row, r -> new Long[APPLICANT_COLUMNS.length]);
        return this;
    }

    public Table3 set(Table3Row row, ApplicantColumn column, Long value) {
        rows.computeIfAbsent(row, r -> new Long[APPLICANT_COLUMNS.length])[column.ordinal()] = value;
        return this;
    }

    /** Sets the whole row; {@code values} in column order, null for a blank cell. */
    public Table3 setRow(Table3Row row, Long... values) {
        if (values.length != APPLICANT_COLUMNS.length) {
            throw new IllegalArgumentException("table 3 has 7 columns, got " + values.length);
        }
        rows.put(row, Arrays.copyOf(values, values.length)); // not clone(): a native call before the JIT's last tier
        return this;
    }

    public Long get(Table3Row row, ApplicantColumn column) {
        Long[] cells = rows.get(row);
        return cells == null ? null : cells[column.ordinal()];
    }

    /** A copy of the row's cells in column order, or null when the row is absent. */
    public Long[] row(Table3Row row) {
        Long[] cells = rows.get(row);
        return cells == null ? null : Arrays.copyOf(cells, cells.length);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * A way to see table-3 cells: a table as printed ({@code table::get}), under the auditor's
     * blank-cell policy, or the rows a reader is still splitting. A null cell is unknown.
     */
    @FunctionalInterface
    public interface Cells {
        Long get(Table3Row row, ApplicantColumn column);
    }

    /**
     * T3-01 for one column (printed in the table's own header: 第一项加第二项之和，等于第三项加第四项之和):
     * stated 一、本年新收 + 二、上年结转, computed 三（七）总计 + 四、结转下年度继续办理; null when one of the four
     * cells is unknown.
     */
    public static Identity balance(Cells cells, ApplicantColumn column) {
        Long received = cells.get(Table3Row.NEW_RECEIVED, column);
        Long carriedOver = cells.get(Table3Row.CARRIED_OVER, column);
        Long total = cells.get(Table3Row.TOTAL, column);
        Long carriedForward = cells.get(Table3Row.CARRIED_FORWARD, column);
        if (received == null || carriedOver == null || total == null || carriedForward == null) {
            return null;
        }
        return new Identity(received + carriedOver, total + carriedForward);
    }

    /**
     * T3-02 for one row: its 总计 against 自然人 plus the five 法人或其他组织 columns; null when a cell is
     * unknown.
     */
    public static Identity rowTotal(Cells cells, Table3Row row) {
        Long total = cells.get(row, ApplicantColumn.TOTAL);
        Long sum = sum(cells, row, ApplicantColumn.PARTS);
        return total == null || sum == null ? null : new Identity(total, sum);
    }

    /** T3-02 for a row's seven cells in column order (a reading of a row not yet placed in a table). */
    public static Identity rowTotal(Long[] cells) {
        return rowTotal((r, c) -> cells[c.ordinal()], Table3Row.TOTAL);
    }

    /**
     * T3-03 for one column: 三（七）总计 against the sum of {@code results} (the result rows （一）–（六）
     * of the edition, {@link Table3Row#resultRows}); null when a cell is unknown.
     */
    public static Identity resultSum(Cells cells, Collection<Table3Row> results, ApplicantColumn column) {
        Long total = cells.get(Table3Row.TOTAL, column);
        if (total == null) {
            return null;
        }
        long sum = 0;
        for (Table3Row r : results) {
            Long v = cells.get(r, column);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return new Identity(total, sum);
    }

    /** Whether no known identity (T3-01, T3-03 of the edition) is broken in any column. */
    public static boolean balances(Cells cells, Collection<Table3Row> results) {
        for (ApplicantColumn c : APPLICANT_COLUMNS) {
            Identity balance = balance(cells, c);
            Identity sum = resultSum(cells, results, c);
            if (balance != null && !balance.holds() || sum != null && !sum.holds()) {
                return false;
            }
        }
        return true;
    }

    private static Long sum(Cells cells, Table3Row row, ApplicantColumn[] columns) {
        long sum = 0;
        for (ApplicantColumn c : columns) {
            Long v = cells.get(row, c);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table3 other) || !rows.keySet().equals(other.rows.keySet())) {
            return false;
        }
        for (var e : rows.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.rows.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return rows.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Table3{");
        rows.forEach((r, v) ->
                sb.append(r.key()).append('=').append(Arrays.toString(v)).append(' '));
        return sb.append('}').toString();
    }
}
