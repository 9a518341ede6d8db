package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * The report year (统计期限) could not be read. Without it the edition check (domain-spec §2.1), the
 * stale-year check and the year-over-year rules (§3.2) cannot run; a note, not a defect of the report.
 */
final class DocYearUnknown extends BaseRule {
    DocYearUnknown() {
        super("DOC.YEAR_UNKNOWN", Severity.INFO, "未能识别报告年度");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (ctx.report().year() == null) {
            out.add(ctx.finding(this, "未能从标题或统计期限识别报告年度，格式版本和跨年度核对未进行", "报告标题", null));
        }
    }
}
