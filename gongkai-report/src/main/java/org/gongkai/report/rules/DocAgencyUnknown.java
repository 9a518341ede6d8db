package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * The agency that made the report could not be read from its title (domain-spec §3.5 title format
 * "{机关名称}{年份}年政府信息公开工作年度报告"); a note, since year-over-year pairing needs it.
 */
final class DocAgencyUnknown extends BaseRule {
    DocAgencyUnknown() {
        super("DOC.AGENCY_UNKNOWN", Severity.INFO, "未能识别报告机关");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        String agency = ctx.report().agency();
        if (agency == null || agency.isBlank()) {
            out.add(ctx.finding(this, "未能从标题识别编制报告的行政机关", "报告标题", null));
        }
    }
}
