package org.gongkai.report;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The numbers of table 4: for each group read, five cells in {@link Table4Column} order. */
public final class Table4 {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table4Group[] TABLE4_GROUPS = Table4Group.values();

    private static final Table4Column[] TABLE4_COLUMNS = Table4Column.values();

    private final Map<Table4Group, Long[]> groups = new EnumMap<>(Table4Group.class);

    public boolean hasGroup(Table4Group group) {
        return groups.containsKey(group);
    }

    public Table4 set(Table4Group group, Table4Column column, Long value) {
        groups.computeIfAbsent(group, g -> new Long[TABLE4_COLUMNS.length])[column.ordinal()] = value;
        return this;
    }

    public Table4 setGroup(Table4Group group, Long... values) {
        if (values.length != TABLE4_COLUMNS.length) {
            throw new IllegalArgumentException("a table 4 group has 5 columns, got " + values.length);
        }
        groups.put(group, Arrays.copyOf(values, values.length));
        return this;
    }

    public Long get(Table4Group group, Table4Column column) {
        Long[] cells = groups.get(group);
        return cells == null ? null : cells[column.ordinal()];
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** A way to see table-4 cells (printed, under a blank-cell policy, or being split); null is unknown. */
    @FunctionalInterface
    public interface Cells {
        Long get(Table4Group group, Table4Column column);
    }

    /** The four results whose sum is a group's 总计. */
    public static final List<Table4Column> RESULTS =
            List.of(Table4Column.UPHELD, Table4Column.CORRECTED, Table4Column.OTHER, Table4Column.PENDING);

    /**
     * T4-01 for one group: 总计 against 结果维持 + 结果纠正 + 其他结果 + 尚未审结; null when a cell is
     * unknown.
     */
    public static Identity groupTotal(Cells cells, Table4Group group) {
        Long total = cells.get(group, Table4Column.TOTAL);
        if (total == null) {
            return null;
        }
        long sum = 0;
        for (Table4Column c : RESULTS) {
            Long v = cells.get(group, c);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return new Identity(total, sum);
    }

    /**
     * Whether fifteen cells in printed order (three groups of five) satisfy T4-01 in every group, all
     * cells known.
     */
    public static boolean groupsBalance(Long[] fifteen) {
        int per = TABLE4_COLUMNS.length;
        Cells cells = (g, c) -> fifteen[g.ordinal() * per + c.ordinal()];
        for (Table4Group g : TABLE4_GROUPS) {
            Identity total = groupTotal(cells, g);
            if (total == null || !total.holds()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table4 other) || !groups.keySet().equals(other.groups.keySet())) {
            return false;
        }
        for (var e : groups.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.groups.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return groups.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Table4{");
        groups.forEach((g, v) ->
                sb.append(g.key()).append('=').append(Arrays.toString(v)).append(' '));
        return sb.append('}').toString();
    }
}
