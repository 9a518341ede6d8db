package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.Edition;
import org.gongkai.report.Identity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * Splits a run of digits whose cell borders were lost back into cells. Some renderings of a report
 * page concatenate the cells of a row ({@code 行政规范性文件8855698} is 88 | 55 | 698; {@code 20 0 00 0
 * 121} is 20 | 0 | 0 | 0 | 0 | 1 | 21), so a row can often be read several ways. This class lists the
 * readings (every way to cut the digit groups into the expected number of cells, no leading zeros
 * except "0" itself) and keeps those that satisfy the table's identities (domain-spec §3.1 T3-01,
 * T3-02, T3-03; §3.4 T4-01). It never guesses: what the identities do not decide stays open.
 */
public final class CellSplitter {
    /** Readings beyond this many are not listed; the row is then treated as undecidable. */
    public static final int MAX_READINGS = 20_000;

    private static final Pattern ATOM = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern PART = Pattern.compile("[+-]?(?:0|[1-9]\\d*)(?:\\.\\d+)?");

    private CellSplitter() {}

    /**
     * Cuts the value tokens of a row into the pieces that must each hold at least one cell: a sign or
     * a unit (元, 笔…) always ends a cell, and a placeholder ({@code /}, {@code —}) or blank is a cell
     * of its own, returned as "".
     */
    public static List<String> atoms(List<String> tokens) {
        List<String> atoms = new ArrayList<>();
        for (String token : tokens) {
            if (token.isEmpty() || AssemblerValues.isPlaceholder(token)) {
                atoms.add("");
                continue;
            }
            Matcher m = ATOM.matcher(token);
            while (m.find()) {
                atoms.add(m.group());
            }
        }
        return atoms;
    }

    /**
     * Every way to read the atoms as exactly {@code n} cells, in order; a blank atom ("") is one
     * blank cell. Stops listing after {@link #MAX_READINGS}.
     */
    public static List<List<String>> readings(List<String> atoms, int n) {
        List<List<String>> out = new ArrayList<>();
        if (atoms.size() > n) {
            return out;
        }
        cut(atoms, 0, n, new ArrayList<>(), out);
        return out;
    }

    private static void cut(List<String> atoms, int index, int n, List<String> acc, List<List<String>> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (index == atoms.size()) {
            if (acc.size() == n) {
                out.add(List.copyOf(acc));
            }
            return;
        }
        String atom = atoms.get(index);
        int atomsLeft = atoms.size() - index - 1;
        if (atom.isEmpty()) {
            acc.add("");
            cut(atoms, index + 1, n, acc, out);
            acc.remove(acc.size() - 1);
            return;
        }
        int maxParts = Math.min(digits(atom), n - acc.size() - atomsLeft);
        for (int k = 1; k <= maxParts; k++) {
            splitAtom(atom, k, acc, () -> cut(atoms, index + 1, n, acc, out));
        }
    }

    private static int digits(String atom) {
        int d = 0;
        for (int i = 0; i < atom.length(); i++) {
            if (Character.isDigit(atom.charAt(i))) {
                d++;
            }
        }
        return d;
    }

    private static void splitAtom(String rest, int parts, List<String> acc, Runnable next) {
        if (parts == 1) {
            if (PART.matcher(rest).matches()) {
                acc.add(rest);
                next.run();
                acc.remove(acc.size() - 1);
            }
            return;
        }
        for (int i = 1; i < rest.length(); i++) {
            String head = rest.substring(0, i);
            if (!PART.matcher(head).matches() || rest.charAt(i) == '.') {
                continue;
            }
            acc.add(head);
            splitAtom(rest.substring(i), parts - 1, acc, next);
            acc.remove(acc.size() - 1);
        }
    }

    /** Converts readings to cells of counts (integers ≥ 0); readings with other values are dropped. */
    public static List<Long[]> countReadings(List<List<String>> readings) {
        List<Long[]> out = new ArrayList<>();
        for (List<String> r : readings) {
            Long[] cells = new Long[r.size()];
            boolean ok = true;
            for (int i = 0; i < r.size() && ok; i++) {
                String p = r.get(i);
                if (p.isEmpty()) {
                    continue;
                }
                if (p.indexOf('.') >= 0 || p.startsWith("-") || p.startsWith("+") || p.length() > 15) {
                    ok = false;
                } else {
                    cells[i] = Long.parseLong(p);
                }
            }
            if (ok) {
                out.add(cells);
            }
        }
        return out;
    }

    /**
     * Narrows the open rows of table 3 by the identities. Each open row's readings are first kept to
     * those whose 总计 is the sum of the six applicant columns (T3-02); then the combinations of the
     * rows still open are tried against T3-01 and T3-03 for every column. Returns, for each open row,
     * the readings that survive (one when the row is decided). When no combination balances (the
     * published table itself does not), the T3-02 readings are returned.
     */
    public static Map<Table3Row, List<Long[]>> resolveTable3(
            Map<Table3Row, Long[]> fixed, Map<Table3Row, List<Long[]>> open, Edition edition) {
        Map<Table3Row, List<Long[]>> narrowed = new LinkedHashMap<>();
        for (var e : open.entrySet()) {
            List<Long[]> balanced = new ArrayList<>();
            for (Long[] c : e.getValue()) {
                Identity total = Table3.rowTotal(c);
                if (total != null && total.holds()) {
                    balanced.add(c);
                }
            }
            narrowed.put(e.getKey(), balanced.isEmpty() ? e.getValue() : balanced);
        }
        List<Table3Row> still = new ArrayList<>();
        long combinations = 1;
        for (var e : narrowed.entrySet()) {
            if (e.getValue().size() > 1) {
                still.add(e.getKey());
                combinations *= e.getValue().size();
                if (combinations > 200_000) {
                    return narrowed;
                }
            }
        }
        if (still.isEmpty()) {
            return narrowed;
        }
        Map<Table3Row, Set<List<Long>>> survivors = survivors(fixed, narrowed, still, edition);
        if (survivors.isEmpty()) {
            return narrowed;
        }
        for (Table3Row r : still) {
            List<Long[]> kept = new ArrayList<>();
            for (List<Long> l : survivors.get(r)) {
                kept.add(l.toArray(new Long[0]));
            }
            narrowed.put(r, kept);
        }
        return narrowed;
    }

    /**
     * Tries every combination of the readings of the rows {@code still} open against the table's
     * identities; returns, for each of those rows, the readings that take part in a combination that
     * balances (empty when none does).
     */
    private static Map<Table3Row, Set<List<Long>>> survivors(
            Map<Table3Row, Long[]> fixed,
            Map<Table3Row, List<Long[]>> narrowed,
            List<Table3Row> still,
            Edition edition) {
        Map<Table3Row, Long[]> current = new EnumMap<>(Table3Row.class);
        current.putAll(fixed);
        for (var e : narrowed.entrySet()) {
            if (e.getValue().size() == 1) {
                current.put(e.getKey(), e.getValue().get(0));
            }
        }
        Table3.Cells cells = (r, c) -> cell(current, r, c.ordinal());
        Set<Table3Row> results = Table3Row.resultRows(edition);
        Map<Table3Row, Set<List<Long>>> survivors = new EnumMap<>(Table3Row.class);
        int[] index = new int[still.size()];
        while (true) {
            for (int i = 0; i < still.size(); i++) {
                current.put(still.get(i), narrowed.get(still.get(i)).get(index[i]));
            }
            if (Table3.balances(cells, results)) {
                for (Table3Row r : still) {
                    survivors.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(Arrays.asList(current.get(r)));
                }
            }
            int i = 0;
            while (i < still.size() && ++index[i] == narrowed.get(still.get(i)).size()) {
                index[i] = 0;
                i++;
            }
            if (i == still.size()) {
                return survivors;
            }
        }
    }

    private static Long cell(Map<Table3Row, Long[]> rows, Table3Row row, int col) {
        Long[] cells = rows.get(row);
        return cells == null ? null : cells[col];
    }

    /** The cells on which all readings agree; the others are null. */
    public static Long[] agreed(List<Long[]> readings) {
        Long[] out = readings.get(0).clone();
        for (Long[] r : readings) {
            for (int i = 0; i < out.length; i++) {
                if (out[i] != null && !out[i].equals(r[i])) {
                    out[i] = null;
                }
            }
        }
        return out;
    }

    /** Readings written as a person reads them: {@code 71|3|0|0|0|0|74；7|13|…}, at most five. */
    public static String describe(List<Long[]> readings) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < readings.size() && i < 5; i++) {
            if (i > 0) {
                sb.append("；");
            }
            Long[] r = readings.get(i);
            for (int j = 0; j < r.length; j++) {
                sb.append(j == 0 ? "" : "|").append(r[j] == null ? "空" : r[j]);
            }
        }
        if (readings.size() > 5) {
            sb.append("；等").append(readings.size()).append("种");
        }
        return sb.toString();
    }
}
