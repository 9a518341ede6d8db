package org.gongkai.cli;

import java.util.BitSet;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/** The counts of an audit for its closing line, kept per report as bits, not as findings. */
final class AuditSummary {
    private AuditSummary() {}

    /** The findings of one report by severity. */
    record Counts(int errors, int warnings, int infos) {
        static Counts of(List<Finding> findings) {
            int e = 0;
            int w = 0;
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR) {
                    e++;
                } else if (f.severity() == Severity.WARNING) {
                    w++;
                }
            }
            return new Counts(e, w, findings.size() - e - w);
        }
    }

    /** Counts for the closing line; a report's year-over-year findings count with the report. */
    static final class Summary {
        final BitSet audited;
        final BitSet withErrors;
        final BitSet withWarnings;
        int errors;
        int warnings;
        int infos;
        int unreadable;

        Summary(int files) {
            audited = new BitSet(files);
            withErrors = new BitSet(files);
            withWarnings = new BitSet(files);
        }

        void add(int report, Counts counts, boolean unreadableReport) {
            audited.set(report);
            if (unreadableReport) {
                unreadable++;
            }
            errors += counts.errors();
            warnings += counts.warnings();
            infos += counts.infos();
            withErrors.set(report, withErrors.get(report) || counts.errors() > 0);
            withWarnings.set(report, withWarnings.get(report) || counts.warnings() > 0);
        }

        int reportsWithErrors() {
            return withErrors.cardinality();
        }

        String line(int badPaths) {
            BitSet warningsOnly = (BitSet) withWarnings.clone();
            warningsOnly.andNot(withErrors);
            return "合计：审查 " + audited.cardinality() + " 份报告，其中 " + reportsWithErrors() + " 份有错误"
                    + (unreadable > 0 ? "（含 " + unreadable + " 份无法读取）" : "") + "、" + warningsOnly.cardinality()
                    + " 份仅有警告；共 " + errors + " 个错误、" + warnings + " 个警告、" + infos + " 条提示"
                    + (badPaths > 0 ? "；" + badPaths + " 个路径无法读取" : "") + "。";
        }
    }
}
