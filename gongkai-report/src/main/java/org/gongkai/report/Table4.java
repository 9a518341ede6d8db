package org.gongkai.report;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The numbers of table 4: for each group read, five cells in {@link Table4Column} order. */
public final class Table4 {
    private final Map<Table4Group, Long[]> groups = new EnumMap<>(Table4Group.class);

    public boolean hasGroup(Table4Group group) {
        return groups.containsKey(group);
    }

    public Table4 set(Table4Group group, Table4Column column, Long value) {
        groups.computeIfAbsent(group, g -> new Long[Table4Column.values().length])[column.ordinal()] = value;
        return this;
    }

    public Table4 setGroup(Table4Group group, Long... values) {
        if (values.length != Table4Column.values().length) {
            throw new IllegalArgumentException("a table 4 group has 5 columns, got " + values.length);
        }
        groups.put(group, values.clone());
        return this;
    }

    public Long get(Table4Group group, Table4Column column) {
        Long[] cells = groups.get(group);
        return cells == null ? null : cells[column.ordinal()];
    }

    public boolean isEmpty() {
        return groups.isEmpty();
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
