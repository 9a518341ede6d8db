package org.gongkai.report.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * The narrative says no application was received (未收到…申请) while table 3 counts new applications
 * (domain-spec §3.5 text ↔ table). The opposite case, a count in the text and zeros in the table, is
 * TXT.REQUEST_COUNT's. Sentences about 复议 or 诉讼 are not read.
 */
final class TxtNoRequests extends BaseRule {
    private static final Pattern NONE = Pattern.compile("(未|没有|无)(收到|受理|接到|接收|发生)[^。；，]{0,15}申请");

    TxtNoRequests() {
        super("TXT.NO_REQUESTS", Severity.WARNING, "正文称未收到申请但表三有新收申请");
    }

    /** Whether {@link #NONE} can match: it needs 申请 and one of 未, 没有, 无 (most sentences have not). */
    private static boolean mayMatch(String sentence) {
        return sentence.contains("申请")
                && (sentence.indexOf('未') >= 0 || sentence.indexOf('无') >= 0 || sentence.contains("没有"));
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (!ctx.hasNarrative() || ctx.report().table3() == null) {
            return;
        }
        Long received = ctx.cell(Table3Row.NEW_RECEIVED, ApplicantColumn.TOTAL);
        if (received == null || received == 0) {
            return;
        }
        for (Section section : ctx.report().sections()) {
            for (String sentence : ctx.sentences(section.number())) {
                if (sentence.contains("复议") || sentence.contains("诉讼") || !mayMatch(sentence)) {
                    continue;
                }
                Matcher m = NONE.matcher(sentence);
                if (m.find()) {
                    out.add(ctx.finding(
                            this,
                            "正文“" + Sentences.quote(sentence, m.start(), 40) + "”称未收到申请，但表三“一、本年新收政府信息公开申请数量”总计为"
                                    + received,
                            Sentences.where(section),
                            section.official()));
                    return;
                }
            }
        }
    }
}
