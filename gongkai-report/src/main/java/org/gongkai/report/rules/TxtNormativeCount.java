package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * 2021 edition: "现行有效(行政)规范性文件N件" and "本年度制发(行政)规范性文件N件" in the narrative must agree
 * with table 2's 行政规范性文件 现行有效件数 and 本年制发件数 (domain-spec §3.5 text ↔ table; a 2023 report
 * says 393 in prose and 470 in the table). The 2019 columns (新制作/新公开/对外公开总数) do not name the
 * same quantities as the usual prose, so 2019 reports are not read.
 */
final class TxtNormativeCount extends BaseRule {
    private static final Pattern IN_FORCE = Pattern.compile("现行有效的?(?:行政)?规范性文件(?:共|总数|合计)?(\\d+)件");
    private static final Pattern ISSUED = Pattern.compile("制发的?(?:行政)?规范性文件(?:共|合计)?(\\d+)件");

    TxtNormativeCount() {
        super("TXT.NORMATIVE_COUNT", Severity.WARNING, "正文规范性文件件数与表二不符");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        if (!ctx.hasNarrative() || t2 == null || ctx.edition() != Edition.E2021) {
            return;
        }
        for (Section section : ctx.report().sections()) {
            String text = ctx.sectionText(section.number());
            compare(
                    ctx,
                    out,
                    section,
                    IN_FORCE.matcher(text),
                    t2.get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE),
                    Table2Column.IN_FORCE);
            compare(
                    ctx,
                    out,
                    section,
                    ISSUED.matcher(text),
                    t2.get(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED),
                    Table2Column.ISSUED);
        }
    }

    private void compare(
            AuditContext ctx, List<Finding> out, Section section, Matcher m, BigDecimal table, Table2Column column) {
        if (table == null) {
            return;
        }
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1));
            if (n.compareTo(table) != 0) {
                out.add(ctx.finding(
                        this,
                        "正文“" + m.group() + "”为" + n.toPlainString() + "件，但表二“行政规范性文件”行“" + column.label() + "”为"
                                + table.toPlainString(),
                        Sentences.where(section),
                        section.official()));
            }
        }
    }
}
