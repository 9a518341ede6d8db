package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportGenerators;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the reconciliation rules on random valid reports of both editions. */
class ReconciliationPropertyTests {
    private final Auditor auditor = new Auditor();

    static LongStream seeds() {
        return ReportGenerators.seeds(200);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void aValidReportHasNoError(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        assertThat(auditor.audit(report, null)).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void raisingOneResultCellBreaksTheIdentities(long seed) {
        AnnualReport report = ReportGenerators.report(seed);
        int delta = 1 + new Random(~seed).nextInt(50);
        Long v = report.table3().get(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON);
        report.table3().set(Table3Row.GRANTED, ApplicantColumn.NATURAL_PERSON, v + delta);
        List<String> rules = auditor.audit(report, null).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule)
                .toList();
        assertThat(rules).contains("T3.ROW_TOTAL", "T3.RESULT_SUM");
    }
}
