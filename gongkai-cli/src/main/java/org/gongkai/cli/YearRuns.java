package org.gongkai.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The runs of consecutive years of one agency among the audited reports: 2019, 2020, 2021 of one
 * agency is one run of three (two year-over-year pairs); a gap starts a new run. Each report is in one
 * run at most, so checking a run reads each of its files once.
 */
final class YearRuns {
    private YearRuns() {}

    /**
     * The runs of two or more reports, each as the units in year order, ordered by their first unit.
     *
     * @param digests the digest of each unit
     * @param byKey the unit kept for each {@code agency/year} (the first of the same report given twice)
     */
    static List<int[]> of(ReportDigest[] digests, Map<String, Integer> byKey) {
        List<int[]> runs = new ArrayList<>();
        for (int u = 0; u < digests.length; u++) {
            ReportDigest d = digests[u];
            String key = d.key();
            if (key == null || byKey.get(key) != u || byKey.containsKey(d.previousKey())) {
                continue; // not kept, or not the first year of a run
            }
            List<Integer> run = new ArrayList<>();
            run.add(u);
            for (int year = d.year() + 1; ; year++) {
                Integer next = byKey.get(d.agency() + "/" + year);
                if (next == null) {
                    break;
                }
                run.add(next);
            }
            if (run.size() > 1) {
                runs.add(run.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        runs.sort(Comparator.comparingInt(r -> r[0]));
        return runs;
    }
}
