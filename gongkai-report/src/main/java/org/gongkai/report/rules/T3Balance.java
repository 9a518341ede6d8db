package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Identity;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * For every column: 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理 (domain-spec T3-01; the
 * identity is printed in the table's own header: "第一项加第二项之和，等于第三项加第四项之和").
 */
final class T3Balance extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    T3Balance() {
        super("T3.BALANCE", Severity.ERROR, "表三一加二不等于三加四（勾稽关系）");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (ctx.report().table3() == null) {
            return;
        }
        for (ApplicantColumn c : APPLICANT_COLUMNS) {
            Identity balance = Table3.balance(ctx::cell, c);
            if (balance != null && !balance.holds()) {
                out.add(ctx.finding(
                        this,
                        "表三“" + Labels.column(c) + "”列：一、本年新收" + ctx.cell(Table3Row.NEW_RECEIVED, c) + "加二、上年结转"
                                + ctx.cell(Table3Row.CARRIED_OVER, c) + "为" + balance.stated() + "，但三（七）总计"
                                + ctx.cell(Table3Row.TOTAL, c) + "加四、结转下年度继续办理" + ctx.cell(Table3Row.CARRIED_FORWARD, c)
                                + "为" + balance.computed(),
                        "表三" + Labels.SEP + "一+二=三（七）+四" + Labels.SEP + Labels.column(c),
                        Table3Row.TOTAL));
            }
        }
    }
}
