package org.gongkai.report.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * A sentence that counts the applications received (共受理/收到/新收/办理…申请N件) must agree with table 3
 * (domain-spec §3.5 "Numbers quoted in 总体情况 should equal table 3 values"). Tolerant on purpose: the
 * number may be 一、本年新收, 一 + 二 (收到 including 上年结转, as in a 2022 report: 75 = 74 + 1) or
 * （七）总计 (办理 meaning concluded); only a number equal to none of them is flagged. Counts of
 * information items (依申请公开信息数…条) are a different quantity and are not read.
 */
final class TxtRequestCount extends BaseRule {
    private static final Pattern VERB_FIRST =
            Pattern.compile("(收到|受理|新收|接收|接到|办理)了?([^，。；、\\d复诉]{0,25}?)申请件?(?:共|合计|总计)?(\\d+)(件|宗)");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(收到|受理|新收|接收|接到)(?:各类)?(\\d+)(件|宗)[^，。；\\d]{0,12}申请");

    TxtRequestCount() {
        super("TXT.REQUEST_COUNT", Severity.WARNING, "正文申请件数与表三不符");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (!ctx.hasNarrative() || ctx.report().table3() == null) {
            return;
        }
        Long received = ctx.cell(Table3Row.NEW_RECEIVED, ApplicantColumn.TOTAL);
        Long carried = ctx.cell(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL);
        Long concluded = ctx.cell(Table3Row.TOTAL, ApplicantColumn.TOTAL);
        if (received == null) {
            return;
        }
        Set<Long> accepted = new LinkedHashSet<>();
        accepted.add(received);
        if (carried != null) {
            accepted.add(received + carried);
        }
        if (concluded != null) {
            accepted.add(concluded);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Section section : ctx.report().sections()) {
            for (String sentence : ctx.sentences(section.number())) {
                // Both patterns need a number: most sentences have none, and are not searched.
                if (!sentence.contains("申请") || !hasDigit(sentence)) {
                    continue;
                }
                check(
                        ctx,
                        out,
                        section,
                        sentence,
                        VERB_FIRST.matcher(sentence),
                        3,
                        accepted,
                        received,
                        carried,
                        concluded,
                        seen);
                check(
                        ctx,
                        out,
                        section,
                        sentence,
                        NUMBER_FIRST.matcher(sentence),
                        2,
                        accepted,
                        received,
                        carried,
                        concluded,
                        seen);
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void check(
            AuditContext ctx,
            List<Finding> out,
            Section section,
            String sentence,
            Matcher m,
            int group,
            Set<Long> accepted,
            Long received,
            Long carried,
            Long concluded,
            Set<String> seen) {
        while (m.find()) {
            long n = Long.parseLong(m.group(group));
            if (accepted.contains(n) || !seen.add(m.group())) {
                continue;
            }
            out.add(ctx.finding(
                    this,
                    "正文“" + m.group() + "”称申请" + n + "件，但表三“一、本年新收政府信息公开申请数量”总计为" + received
                            + (carried == null ? "" : "，加上年结转为" + (received + carried))
                            + (concluded == null ? "" : "，（七）总计为" + concluded),
                    Sentences.where(section),
                    section.official()));
        }
    }
}
