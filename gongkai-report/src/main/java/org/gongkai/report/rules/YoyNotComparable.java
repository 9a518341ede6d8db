package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * The year-over-year rules compare a report with the previous year's report of the same agency
 * (domain-spec §3.2); when the report given as previous is of another year or agency they are skipped,
 * and this note says why.
 */
final class YoyNotComparable extends BaseRule {
    YoyNotComparable() {
        super("YOY.NOT_COMPARABLE", Severity.INFO, "所给上一年度报告无法与本报告比较");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        AnnualReport prev = ctx.previous();
        if (prev == null || ctx.comparablePrevious() != null) {
            return;
        }
        AnnualReport r = ctx.report();
        String why = r.year() != null && prev.year() != null && prev.year() != r.year() - 1
                ? "上一年度报告为" + prev.year() + "年度，本报告为" + r.year() + "年度，不是相邻年度"
                : "上一年度报告的机关“" + prev.agency() + "”与本报告的机关“" + r.agency() + "”不同";
        out.add(ctx.finding(this, why + "，跨年度核对未进行", "跨年度", null));
    }
}
