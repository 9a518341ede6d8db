package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * 2021 edition 本年收费金额 is in 万元; an amount at or above {@link AuditOptions#feeAmountUnitThreshold()}
 * was probably typed in 元 (domain-spec T2-04, a heuristic: the threshold is configurable [U]).
 */
final class T2FeeUnit extends BaseRule {
    T2FeeUnit() {
        super("T2.FEE_UNIT", Severity.WARNING, "表二收费金额疑似以元而非万元填报");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        if (t2 == null || ctx.edition() != Edition.E2021) {
            return;
        }
        BigDecimal amount = t2.get(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT);
        BigDecimal threshold = ctx.options().feeAmountUnitThreshold();
        if (amount != null && amount.compareTo(threshold) >= 0) {
            out.add(ctx.finding(
                    this,
                    "表二“行政事业性收费”行“本年收费金额（单位：万元）”为" + amount.toPlainString() + "万元，不低于" + threshold.toPlainString()
                            + "万元，疑似按元填报",
                    Labels.t2(Table2Row.ADMINISTRATIVE_FEES, Edition.E2021, Table2Column.AMOUNT),
                    Table2Row.ADMINISTRATIVE_FEES));
        }
    }
}
