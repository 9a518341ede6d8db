package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * 2021 edition, years from 2021 (the fee regime of 国办函〔2020〕109号 starts 2021-01-01): when table 3
 * （六）2 (逾期未按收费通知要求缴纳费用) is above 0, section 六 should report the 信息处理费 (domain-spec T3-06,
 * §4.6). Reads section 六, or the whole narrative when section 六 is missing.
 */
final class TxtFeeNotReported extends BaseRule {
    TxtFeeNotReported() {
        super("TXT.FEE_NOT_REPORTED", Severity.WARNING, "有逾期未缴费申请但未报告信息处理费情况");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Integer year = ctx.report().year();
        if (!ctx.hasNarrative() || ctx.edition() != Edition.E2021 || (year != null && year < 2021)) {
            return;
        }
        Long unpaid = ctx.cell(Table3Row.FEE_NOT_PAID, ApplicantColumn.TOTAL);
        if (unpaid == null || unpaid == 0) {
            return;
        }
        Section six = ctx.report().section(6);
        String text = six != null && six.present() ? ctx.sectionText(6) : ctx.narrative();
        if (text.contains("处理费") || text.contains("收费通知") || text.contains("收费")) {
            return;
        }
        out.add(ctx.finding(
                this,
                "表三“三（六）2.申请人逾期未按收费通知要求缴纳费用”总计为" + unpaid + "，但“六、其他需要报告的事项”未报告信息处理费收取情况",
                "正文" + Labels.SEP + "六、其他需要报告的事项",
                Table3Row.FEE_NOT_PAID));
    }
}
