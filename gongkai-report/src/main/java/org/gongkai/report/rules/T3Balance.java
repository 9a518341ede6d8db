package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * For every column: 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理 (domain-spec T3-01; the
 * identity is printed in the table's own header: "第一项加第二项之和，等于第三项加第四项之和").
 */
final class T3Balance extends BaseRule {
    T3Balance() {
        super("T3.BALANCE", Severity.ERROR, "表三一加二不等于三加四（勾稽关系）");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (ctx.report().table3() == null) {
            return;
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            Long received = ctx.cell(Table3Row.NEW_RECEIVED, c);
            Long carriedOver = ctx.cell(Table3Row.CARRIED_OVER, c);
            Long total = ctx.cell(Table3Row.TOTAL, c);
            Long carriedForward = ctx.cell(Table3Row.CARRIED_FORWARD, c);
            if (received == null || carriedOver == null || total == null || carriedForward == null) {
                continue;
            }
            long in = received + carriedOver;
            long outs = total + carriedForward;
            if (in != outs) {
                out.add(ctx.finding(
                        this,
                        "表三“" + Labels.column(c) + "”列：一、本年新收" + received + "加二、上年结转" + carriedOver + "为" + in
                                + "，但三（七）总计" + total + "加四、结转下年度继续办理" + carriedForward + "为" + outs,
                        "表三" + Labels.SEP + "一+二=三（七）+四" + Labels.SEP + Labels.column(c),
                        Table3Row.TOTAL));
            }
        }
    }
}
