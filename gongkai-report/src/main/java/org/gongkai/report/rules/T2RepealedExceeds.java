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
 * 2021 edition: 本年废止件数 ≤ 现行有效件数(N−1) + 本年制发件数 (domain-spec T2-03): an agency cannot repeal
 * more documents than it had in force plus what it issued. Needs last year's 2021-edition report.
 */
final class T2RepealedExceeds extends BaseRule {
    T2RepealedExceeds() {
        super("T2.REPEALED_EXCEEDS", Severity.WARNING, "表二本年废止件数超过上年现行有效件数与本年制发件数之和");
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
        for (Table2Row row : List.of(Table2Row.REGULATIONS, Table2Row.NORMATIVE_DOCUMENTS)) {
            BigDecimal repealed = t2.get(row, Table2Column.REPEALED);
            BigDecimal issued = t2.get(row, Table2Column.ISSUED);
            BigDecimal before = prev.table2().get(row, Table2Column.IN_FORCE);
            if (repealed != null && issued != null && before != null && repealed.compareTo(before.add(issued)) > 0) {
                out.add(ctx.finding(
                        this,
                        "表二“" + Labels.t2Row(row, Edition.E2021) + "”行“本年废止件数”为" + repealed.toPlainString()
                                + "，大于上年“现行有效件数”" + before.toPlainString() + "与本年“本年制发件数”"
                                + issued.toPlainString() + "之和",
                        Labels.t2(row, Edition.E2021, "本年废止件数"),
                        row));
            }
        }
    }
}
