package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;

/**
 * A year in the narrative that suggests last year's text was copied (30号 "内容雷同、敷衍塞责"; domain-spec
 * §3.6). Conservative, two shapes only:
 *
 * <ul>
 *   <li>an earlier year (within {@link AuditOptions#staleYearLookback()}) opening a statement of this
 *       year's work: "2023年，在主动公开的…" or "2024年制作、获取政府信息…" in a later year's report. Years
 *       after 较/比/与/至/自 or inside 〔〕 and years followed by anything else (2023年政府决算, 2023年1月) are
 *       not read;
 *   <li>an improvement plan ("改进措施。2021年，我局将…") dated in the report year or earlier: plans are for
 *       the next year.
 * </ul>
 * The preamble (统计期限, publication date) is not read.
 */
final class TxtStaleYear extends BaseRule {
    // The look-behind of the year ("not after 〔, 较, 至…") is checked by hand in notAfterComparison:
    // a pattern that starts with a look-behind is tried at every position and was the audit's hot spot.
    private static final Pattern OPENING = Pattern.compile("(20\\d{2})年(?:，|制作|主动公开|共|全年|我局|我区|我委|我办|我市|我县|本机关|本单位)");
    private static final String NOT_AFTER = "0123456789〔[（(较比与至到自从于截止和及、—-";
    private static final List<String> PLAN_WORDS = List.of("改进措施", "改进情况", "下一步", "下步工作", "工作计划", "工作打算");
    private static final Pattern PLAN =
            Pattern.compile("(改进措施|改进情况|下一步|下步工作|工作计划|工作打算)[。：，\\s]{0,3}(20\\d{2})年，[^。]{0,20}将");

    TxtStaleYear() {
        super("TXT.STALE_YEAR", Severity.WARNING, "正文年份疑似沿用往年报告");
    }

    /**
     * The improvement plans in {@code text}, in order. The pattern is tried only where one of its
     * words occurs: scanning the whole narrative with it was the audit's hot spot.
     */
    private static List<MatchResult> plans(String text) {
        List<MatchResult> plans = new ArrayList<>();
        for (String word : PLAN_WORDS) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                Matcher m = PLAN.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    plans.add(m.toMatchResult());
                }
            }
        }
        plans.sort(Comparator.comparingInt(MatchResult::start));
        return plans;
    }

    /**
     * The matches of {@link #OPENING} in {@code text}, as {@code find()} gives them, the pattern tried
     * only where "20" occurs: {@code find()} tries it at every position of the narrative.
     */
    private static List<MatchResult> openings(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = OPENING.matcher(text);
        int from = 0;
        for (int i = text.indexOf("20"); i >= 0; i = text.indexOf("20", Math.max(i + 1, from))) {
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                from = m.end();
            }
        }
        return found;
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Integer year = ctx.report().year();
        if (year == null || !ctx.hasNarrative()) {
            return;
        }
        int lookback = ctx.options().staleYearLookback();
        Set<String> seen = new LinkedHashSet<>();
        for (Section section : ctx.report().sections()) {
            String text = ctx.sectionText(section.number());
            Set<Integer> planStarts = new LinkedHashSet<>();
            for (MatchResult plan : plans(text)) {
                int y = Integer.parseInt(plan.group(2));
                planStarts.add(plan.start(2));
                if (y <= year && seen.add(plan.group())) {
                    out.add(ctx.finding(
                            this,
                            "正文“" + Sentences.quote(text, plan.start(2), 40) + "”中改进措施的年份为" + y + "年，本报告为" + year
                                    + "年度，改进计划应写" + (year + 1) + "年，疑似沿用往年文字",
                            Sentences.where(section),
                            section.official()));
                }
            }
            for (MatchResult m : openings(text)) {
                int y = Integer.parseInt(m.group(1));
                boolean afterComparison = m.start(1) > 0 && NOT_AFTER.indexOf(text.charAt(m.start(1) - 1)) >= 0;
                if (afterComparison || y >= year || y < year - lookback || planStarts.contains(m.start(1))) {
                    continue;
                }
                if (seen.add(section.number() + ":" + m.start())) {
                    out.add(ctx.finding(
                            this,
                            "正文“" + Sentences.quote(text, m.start(1), 40) + "”以" + y + "年叙述本年工作，但本报告为" + year
                                    + "年度，疑似沿用往年文字",
                            Sentences.where(section),
                            section.official()));
                }
            }
        }
    }
}
