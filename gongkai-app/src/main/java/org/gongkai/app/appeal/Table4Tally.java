package org.gongkai.app.appeal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * Which cases count in table 4 of a year, and where — the one place the rule is written (the statistics, the
 * drill-down list and the property test all call it).
 *
 * <p>The national format prints no counting note for table 4 (domain-spec §2.5, §2.7: only table 3's notes
 * were found). The rule follows table 3's, derived in domain-spec §2.7 rule 2 (三 = concluded in the report
 * year, 四 = still open at 12-31), with the year's last day as the cut-off:
 *
 * <ul>
 *   <li>a case <b>decided in the year</b> (decision date 1月1日–12月31日) counts once, in the column of its
 *       result (结果维持 / 结果纠正 / 其他结果), whenever it was filed;
 *   <li>a case <b>filed on or before 12月31日 and not decided by then</b> counts in 尚未审结 — also when it
 *       was decided later (as the report sees the year, it was pending);
 *   <li>a case filed after the year, or decided before it, does not count.
 * </ul>
 *
 * So a case pending across a year end is counted as 尚未审结 in each such year and with its result in the
 * year of its decision, as an application is carried forward in table 3; a year's 总计 is the cases decided
 * in it plus those pending at its end. Each case counts in at most one cell of its group a year, and in no
 * other group. Whether the official 填报说明 counts "cases filed in the year" instead is [U]: confirm locally.
 */
final class Table4Tally {
    /** The facts of one case that decide where it counts. */
    record Case(Long id, AppealKind kind, LocalDate filedOn, AppealResult result, LocalDate decidedOn) {}

    private Table4Tally() {}

    /** The result column {@code c} counts in for table 4 of {@code year}, or empty when it does not count. */
    static Optional<AppealResult> columnIn(int year, Case c) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (c.filedOn().isAfter(last)) {
            return Optional.empty();
        }
        if (c.result().decided() && c.decidedOn() != null && !c.decidedOn().isAfter(last)) {
            return c.decidedOn().isBefore(first) ? Optional.empty() : Optional.of(c.result());
        }
        return Optional.of(AppealResult.PENDING);
    }

    /** The cases of each cell of table 4 of {@code year}: group, then result column. */
    static Map<Table4Group, Map<AppealResult, List<Case>>> cells(int year, Collection<Case> cases) {
        Map<Table4Group, Map<AppealResult, List<Case>>> cells = new EnumMap<>(Table4Group.class);
        for (Table4Group g : Table4Group.values()) {
            Map<AppealResult, List<Case>> row = new EnumMap<>(AppealResult.class);
            for (AppealResult r : AppealResult.values()) {
                row.put(r, new java.util.ArrayList<>());
            }
            cells.put(g, row);
        }
        for (Case c : cases) {
            columnIn(year, c).ifPresent(r -> cells.get(c.kind().group()).get(r).add(c));
        }
        return cells;
    }

    /** Table 4 of {@code year}: all fifteen cells, 总计 the sum of the four results of its group. */
    static Table4 table(int year, Collection<Case> cases) {
        Table4 table = new Table4();
        cells(year, cases).forEach((group, row) -> {
            long total = 0;
            for (AppealResult r : AppealResult.values()) {
                long n = row.get(r).size();
                table.set(group, r.column(), n);
                total += n;
            }
            table.set(group, Table4Column.TOTAL, total);
        });
        return table;
    }
}
