package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * The （六）其他处理 rows must match the edition of the tables (domain-spec T3-07, §2.6 item 7): a
 * 2019-format table has one undivided （六） row, a 2021-format table the three sub-rows 1–3 ("未按新格式").
 * The edition is the one recorded for the report (from table 2's layout); when none is recorded there is
 * nothing to compare with.
 */
final class T3Format extends BaseRule {
    T3Format() {
        super("T3.FORMAT", Severity.WARNING, "表三（六）其他处理的行与格式版本不符");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table3 t3 = ctx.report().table3();
        Edition edition = ctx.report().edition();
        if (t3 == null || edition == null) {
            return;
        }
        boolean single = t3.hasRow(Table3Row.OTHER);
        boolean split = t3.hasRow(Table3Row.NO_CORRECTION_IN_TIME)
                || t3.hasRow(Table3Row.FEE_NOT_PAID)
                || t3.hasRow(Table3Row.OTHER_OTHER);
        if (edition == Edition.E2019 && split) {
            out.add(ctx.finding(
                    this,
                    "报告表格按2019年版格式填报，但表三“（六）其他处理”分为2021年版的三个子项",
                    "表三" + Labels.SEP + "三（六）其他处理",
                    Table3Row.NO_CORRECTION_IN_TIME));
        } else if (edition == Edition.E2021 && single) {
            out.add(ctx.finding(
                    this,
                    "报告表格按2021年版格式填报，但表三“（六）其他处理”仍为2019年版的单独一行，未分列逾期不补正、逾期未缴费和其他三个子项",
                    "表三" + Labels.SEP + "三（六）其他处理",
                    Table3Row.OTHER));
        }
    }
}
