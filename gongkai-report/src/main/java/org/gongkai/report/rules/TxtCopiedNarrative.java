package org.gongkai.report.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;

/**
 * 内容雷同 (30号 names it a defect; domain-spec Y-05): section 一 (总体情况) or 五 (存在的主要问题及改进情况)
 * nearly identical to last year's report of the same agency. Measured as the Jaccard index of the
 * character bigrams of both texts after dropping the configured boilerplate phrases and everything but
 * Chinese characters (so years, numbers and punctuation do not count); flagged at or above {@link
 * AuditOptions#narrativeSimilarityThreshold()}. Tables are not part of a section's text.
 */
final class TxtCopiedNarrative extends BaseRule {
    TxtCopiedNarrative() {
        super("TXT.COPIED_NARRATIVE", Severity.WARNING, "正文与上一年度报告内容雷同");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        AnnualReport prev = ctx.comparablePrevious();
        if (prev == null || !ctx.hasNarrative()) {
            return;
        }
        for (int number : new int[] {1, 5}) {
            String now = comparable(ctx.sectionText(number), ctx.options());
            String before = comparable(AuditContext.sectionText(prev, number), ctx.options());
            int min = ctx.options().minNarrativeLength();
            if (now.length() < min || before.length() < min) {
                continue;
            }
            double similarity = similarity(now, before);
            if (similarity >= ctx.options().narrativeSimilarityThreshold()) {
                SectionHeading h = SectionHeading.ofNumber(number);
                String prevYear = prev.year() == null ? "上一年度" : prev.year() + "年度";
                out.add(ctx.finding(
                        this,
                        "第" + h.heading().charAt(0) + "部分“" + h.title() + "”与" + prevYear + "报告的相似度为"
                                + Math.round(similarity * 100) + "%（去除年份、数字和套话后），疑似内容雷同",
                        "正文" + Labels.SEP + h.heading(),
                        h));
            }
        }
    }

    static String comparable(String text, AuditOptions options) {
        String s = text;
        for (String phrase : options.boilerplatePhrases()) {
            s = s.replace(NarrativeText.normalize(phrase), "");
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Jaccard index of the two texts' character bigrams, 0..1. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
