package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportGenerators;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/** Properties of the reconciliation rules on random valid reports of both editions. */
class ReconciliationProperties {
    private final Auditor auditor = new Auditor();

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportGenerators.reports();
    }

    @Property(tries = 200)
    void aValidReportHasNoError(@ForAll("reports") AnnualReport report) {
        assertThat(auditor.audit(report, null)).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Property(tries = 200)
    void raisingOneResultCellBreaksTheIdentities(
            @ForAll("reports") AnnualReport report, @ForAll @IntRange(min = 1, max = 50) int delta) {
        Long v = report.table3().get(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON);
        report.table3().set(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON, v + delta);
        List<String> rules = auditor.audit(report, null).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule)
                .toList();
        assertThat(rules).contains("T3.ROW_TOTAL", "T3.RESULT_SUM");
    }
}
