package org.gongkai.report;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of table 3: for each row read, the seven {@link ApplicantColumn} cells. An absent row
 * was not found; a null cell was blank or a placeholder.
 */
public final class Table3 {
    private final Map<Table3Row, Long[]> rows = new EnumMap<>(Table3Row.class);

    public boolean hasRow(Table3Row row) {
        return rows.containsKey(row);
    }

    public Set<Table3Row> rows() {
        return rows.keySet();
    }

    public Table3 addRow(Table3Row row) {
        rows.computeIfAbsent(row, r -> new Long[ApplicantColumn.values().length]);
        return this;
    }

    public Table3 set(Table3Row row, ApplicantColumn column, Long value) {
        rows.computeIfAbsent(row, r -> new Long[ApplicantColumn.values().length])[column.ordinal()] = value;
        return this;
    }

    /** Sets the whole row; {@code values} in column order, null for a blank cell. */
    public Table3 setRow(Table3Row row, Long... values) {
        if (values.length != ApplicantColumn.values().length) {
            throw new IllegalArgumentException("table 3 has 7 columns, got " + values.length);
        }
        rows.put(row, values.clone());
        return this;
    }

    public Long get(Table3Row row, ApplicantColumn column) {
        Long[] cells = rows.get(row);
        return cells == null ? null : cells[column.ordinal()];
    }

    /** A copy of the row's cells in column order, or null when the row is absent. */
    public Long[] row(Table3Row row) {
        Long[] cells = rows.get(row);
        return cells == null ? null : cells.clone();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
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
