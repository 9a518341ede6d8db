package org.gongkai.report.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * Counts of 行政复议 and 行政诉讼 quoted in the narrative must agree with table 4 (domain-spec T4-03).
 * 复议N件/起 is compared with 行政复议·总计; 诉讼N件/起 with 未经复议直接起诉 + 复议后起诉 (either alone, or
 * 复议 + 诉讼 together for "行政复议、行政诉讼案件共N件", is accepted as well).
 */
final class TxtAppealCount extends BaseRule {
    private static final Pattern RECONSIDERATION =
            Pattern.compile("复议(?:案件|申请)?(?:共|合计)?(\\d+)(?:件|起|宗)|(\\d+)(?:件|起|宗)(?:行政)?复议");
    private static final Pattern LITIGATION =
            Pattern.compile("诉讼(?:案件)?(?:共|合计)?(\\d+)(?:件|起|宗)|(\\d+)(?:件|起|宗)(?:行政)?诉讼");

    TxtAppealCount() {
        super("TXT.APPEAL_COUNT", Severity.WARNING, "正文行政复议、行政诉讼件数与表四不符");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (!ctx.hasNarrative() || ctx.report().table4() == null) {
            return;
        }
        Long rec = ctx.cell(Table4Group.RECONSIDERATION, Table4Column.TOTAL);
        Long direct = ctx.cell(Table4Group.LITIGATION_DIRECT, Table4Column.TOTAL);
        Long after = ctx.cell(Table4Group.LITIGATION_AFTER_RECONSIDERATION, Table4Column.TOTAL);
        Set<String> seen = new LinkedHashSet<>();
        for (Section section : ctx.report().sections()) {
            for (String sentence : ctx.sentences(section.number())) {
                if (rec != null && sentence.contains("复议")) {
                    Set<Long> ok = new LinkedHashSet<>(List.of(rec));
                    if (direct != null && after != null) {
                        ok.add(rec + direct + after);
                    }
                    compare(
                            ctx,
                            out,
                            section,
                            RECONSIDERATION.matcher(sentence),
                            ok,
                            "行政复议",
                            "表四“行政复议”总计为" + rec,
                            seen);
                }
                if (direct != null && after != null && sentence.contains("诉讼")) {
                    Set<Long> ok = new LinkedHashSet<>(List.of(direct + after, direct, after));
                    if (rec != null) {
                        ok.add(rec + direct + after);
                    }
                    compare(
                            ctx,
                            out,
                            section,
                            LITIGATION.matcher(sentence),
                            ok,
                            "行政诉讼",
                            "表四行政诉讼“未经复议直接起诉”总计" + direct + "与“复议后起诉”总计" + after + "之和为" + (direct + after),
                            seen);
                }
            }
        }
    }

    private void compare(
            AuditContext ctx,
            List<Finding> out,
            Section section,
            Matcher m,
            Set<Long> ok,
            String what,
            String table,
            Set<String> seen) {
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            long n = Long.parseLong(digits);
            if (ok.contains(n) || !seen.add(what + m.group())) {
                continue;
            }
            out.add(ctx.finding(
                    this,
                    "正文“" + m.group() + "”称" + what + n + "件，但" + table,
                    Sentences.where(section),
                    section.official()));
        }
    }
}
