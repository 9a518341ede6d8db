package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * For every column: 二、上年结转 (year N) = 四、结转下年度继续办理 (year N−1) (domain-spec Y-01; Y-04: it holds
 * across the 2020→2021 edition change, table 3's columns are the same). An error by default; {@link
 * AuditOptions#carryOverMismatchIsError()} false makes it a warning (机构改革, re-classified applicants).
 */
final class YoyCarryOver extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    YoyCarryOver() {
        super("YOY.CARRY_OVER", Severity.ERROR, "上年结转与上一年度报告的结转下年度不一致");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        AnnualReport prev = ctx.comparablePrevious();
        if (prev == null || ctx.report().table3() == null || prev.table3() == null) {
            return;
        }
        Severity severity = ctx.options().carryOverMismatchIsError() ? Severity.ERROR : Severity.WARNING;
        String prevYear = prev.year() == null ? "上一年度" : prev.year() + "年度";
        for (ApplicantColumn c : APPLICANT_COLUMNS) {
            Long now = ctx.cell(Table3Row.CARRIED_OVER, c);
            Long before = ctx.cell(prev, Table3Row.CARRIED_FORWARD, c);
            if (now != null && before != null && !now.equals(before)) {
                out.add(ctx.finding(
                        this,
                        severity,
                        "表三“二、上年结转政府信息公开申请数量”行“" + Labels.column(c) + "”列为" + now + "，但" + prevYear + "报告“四、结转下年度继续办理”为"
                                + before,
                        Labels.t3(Table3Row.CARRIED_OVER, c),
                        Table3Row.CARRIED_OVER));
            }
        }
    }
}
