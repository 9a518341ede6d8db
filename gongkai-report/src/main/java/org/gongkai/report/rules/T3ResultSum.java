package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Identity;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * For every column: 三（七）总计 = the sum of the result rows （一） to （六） of the edition (domain-spec
 * T3-03; 2019: （六） is one row, 2021: （六）1–3). Result rows that are absent count as not read and the
 * column is not judged; a table in the other edition's （六） layout is summed as printed (T3.FORMAT
 * reports the layout).
 */
final class T3ResultSum extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    T3ResultSum() {
        super("T3.RESULT_SUM", Severity.ERROR, "表三（七）总计不等于各办理结果之和");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table3 t3 = ctx.report().table3();
        Edition edition = ctx.edition();
        if (t3 == null || edition == null || !t3.hasRow(Table3Row.TOTAL)) {
            return;
        }
        List<Table3Row> results = Table3Row.resultRows(edition).stream().toList();
        if (!results.stream().allMatch(t3::hasRow)) {
            Edition other = edition == Edition.E2019 ? Edition.E2021 : Edition.E2019;
            List<Table3Row> printed = Table3Row.resultRows(other).stream().toList();
            if (!printed.stream().allMatch(t3::hasRow)) {
                return;
            }
            results = printed;
        }
        for (ApplicantColumn c : APPLICANT_COLUMNS) {
            Identity sum = Table3.resultSum(ctx::cell, results, c);
            if (sum != null && !sum.holds()) {
                out.add(ctx.finding(
                        this,
                        "表三“（七）总计”行“" + Labels.column(c) + "”列为" + sum.stated() + "，但各办理结果之和为" + sum.computed(),
                        Labels.t3(Table3Row.TOTAL, c),
                        Table3Row.TOTAL));
            }
        }
    }
}
