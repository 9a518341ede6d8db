package org.gongkai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * One report given as several files: the same name in one folder with another extension ({@code
 * 年报.html} and {@code 年报.txt}, as portals offer a page and its text). Such files are read together and
 * the best reading is audited once, counted once and used once by the year-over-year rules; the others
 * are named in a note.
 */
final class SameReport {
    private SameReport() {}

    /** The files grouped by folder and name without extension, in the order of each group's first file. */
    static List<List<Path>> groups(List<Path> files) {
        Map<String, List<Path>> byStem = new LinkedHashMap<>();
        for (Path f : files) {
            Path parent = f.toAbsolutePath().normalize().getParent();
            String key = (parent == null ? "" : parent.toString()) + "/" + stem(f);
            byStem.computeIfAbsent(key, k -> new ArrayList<>(1)).add(f);
        }
        return new ArrayList<>(byStem.values());
    }

    static String stem(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /**
     * Whether reading {@code a} is better than reading {@code b} of the same report: it knows the agency
     * and year (which the year-over-year rules need), then it has fewer errors, then fewer warnings.
     * Ties keep {@code b}, the file given first.
     */
    static boolean better(AnnualReport a, List<Finding> af, AnnualReport b, List<Finding> bf) {
        int c = Integer.compare(known(a), known(b));
        if (c != 0) {
            return c > 0;
        }
        c = Long.compare(count(bf, Severity.ERROR), count(af, Severity.ERROR));
        if (c != 0) {
            return c > 0;
        }
        return count(af, Severity.WARNING) < count(bf, Severity.WARNING);
    }

    private static int known(AnnualReport r) {
        return (r.agency() == null ? 0 : 1) + (r.year() == null ? 0 : 1);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    static String note(Path used, List<Path> others) {
        StringBuilder names = new StringBuilder();
        for (Path o : others) {
            names.append(names.isEmpty() ? "" : "、").append(o);
        }
        return "同一份报告另有 " + names + "：只审查读得较完整的 " + used.getFileName() + "，不重复计入合计，也不参与跨年度核对。";
    }
}
