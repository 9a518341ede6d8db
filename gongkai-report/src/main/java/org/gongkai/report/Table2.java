package org.gongkai.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of table 2. A row that was not found is absent ({@link #hasRow}); a cell that was
 * found blank or holds a placeholder ("/", "—") is present with a null value. Amounts keep their
 * decimals; values are compared by number, so 595.88 equals 595.880.
 */
public final class Table2 {
    private final Map<Table2Row, Map<Table2Column, BigDecimal>> rows = new EnumMap<>(Table2Row.class);

    public boolean hasRow(Table2Row row) {
        return rows.containsKey(row);
    }

    /** Marks the row as present (all cells blank until set). */
    public Table2 addRow(Table2Row row) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>());
        return this;
    }

    public Table2 set(Table2Row row, Table2Column column, BigDecimal value) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value == null ? null : normalize(value));
        return this;
    }

    public Table2 set(Table2Row row, Table2Column column, long value) {
        return set(row, column, BigDecimal.valueOf(value));
    }

    /** The value, or null when the row or cell is absent or blank. */
    public BigDecimal get(Table2Row row, Table2Column column) {
        Map<Table2Column, BigDecimal> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    public Map<Table2Column, BigDecimal> row(Table2Row row) {
        Map<Table2Column, BigDecimal> cells = rows.get(row);
        return cells == null ? Map.of() : Collections.unmodifiableMap(cells);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table2 other)) {
            return false;
        }
        if (!rows.keySet().equals(other.rows.keySet())) {
            return false;
        }
        for (Table2Row r : rows.keySet()) {
            for (Table2Column c : Table2Column.values()) {
                if (!Objects.equals(get(r, c), other.get(r, c))) {
                    return false;
                }
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
        return "Table2" + rows;
    }
}
