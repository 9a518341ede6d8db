package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * 三（七）总计 ≤ 一、本年新收 + 二、上年结转 for every column (domain-spec T3-05): a body cannot conclude more
 * applications than it had. Implied by T3-01 when 四、结转下年度 is read, so it is judged only where
 * T3.BALANCE could not be (row 四 absent or its cell blank), to say the same thing once.
 */
final class T3ConcludedExceeds extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    T3ConcludedExceeds() {
        super("T3.CONCLUDED_EXCEEDS", Severity.WARNING, "表三办结数超过新收与结转之和");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (ctx.report().table3() == null) {
            return;
        }
        for (ApplicantColumn c : APPLICANT_COLUMNS) {
            if (ctx.cell(Table3Row.CARRIED_FORWARD, c) != null) {
                continue;
            }
            Long received = ctx.cell(Table3Row.NEW_RECEIVED, c);
            Long carriedOver = ctx.cell(Table3Row.CARRIED_OVER, c);
            Long total = ctx.cell(Table3Row.TOTAL, c);
            if (received != null && carriedOver != null && total != null && total > received + carriedOver) {
                out.add(ctx.finding(
                        this,
                        "表三“（七）总计”行“" + Labels.column(c) + "”列为" + total + "，大于一、本年新收" + received + "与二、上年结转"
                                + carriedOver + "之和",
                        Labels.t3(Table3Row.TOTAL, c),
                        Table3Row.TOTAL));
            }
        }
    }
}
