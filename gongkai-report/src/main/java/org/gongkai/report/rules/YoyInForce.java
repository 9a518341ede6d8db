package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * 2021 edition, both years: 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N) for 规章 and
 * 行政规范性文件 (domain-spec Y-02; a warning, since revisions counted as new + repealed, or a clean-up of
 * the document library, break it legitimately). Not across editions (Y-04).
 */
final class YoyInForce extends BaseRule {
    YoyInForce() {
        super("YOY.IN_FORCE", Severity.WARNING, "现行有效件数与上年数及本年制发、废止件数不衔接");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        AnnualReport prev = ctx.comparablePrevious();
        Table2 t2 = ctx.report().table2();
        if (prev == null || t2 == null || prev.table2() == null) {
            return;
        }
        if (ctx.edition() != Edition.E2021 || AuditContext.editionOf(prev) != Edition.E2021) {
            return;
        }
        String prevYear = prev.year() == null ? "上一年度" : prev.year() + "年度";
        for (Table2Row row : List.of(Table2Row.REGULATIONS, Table2Row.NORMATIVE_DOCUMENTS)) {
            BigDecimal now = t2.get(row, Table2Column.IN_FORCE);
            BigDecimal issued = t2.get(row, Table2Column.ISSUED);
            BigDecimal repealed = t2.get(row, Table2Column.REPEALED);
            BigDecimal before = prev.table2().get(row, Table2Column.IN_FORCE);
            if (now == null || issued == null || repealed == null || before == null) {
                continue;
            }
            BigDecimal expected = before.add(issued).subtract(repealed);
            if (now.compareTo(expected) != 0) {
                out.add(ctx.finding(
                        this,
                        "表二“" + Labels.t2Row(row, Edition.E2021) + "”行“现行有效件数”为" + now.toPlainString() + "，但" + prevYear
                                + "现行有效" + before.toPlainString() + "加本年制发" + issued.toPlainString() + "减本年废止"
                                + repealed.toPlainString() + "为" + expected.toPlainString(),
                        Labels.t2(row, Edition.E2021, Table2Column.IN_FORCE),
                        row));
            }
        }
    }
}
