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
 * Counts and amounts of table 2 are ≥ 0 (domain-spec T2-01). Only the 2019 "本年增/减" is signed.
 */
final class T2Negative extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table2Row[] TABLE2_ROWS = Table2Row.values();

    T2Negative() {
        super("T2.NEGATIVE", Severity.ERROR, "表二数量或金额为负数");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        Edition edition = ctx.edition();
        if (t2 == null || edition == null) {
            return;
        }
        for (Table2Row row : TABLE2_ROWS) {
            for (var e : t2.row(row).entrySet()) {
                Table2Column c = e.getKey();
                BigDecimal v = e.getValue();
                if (v != null && v.signum() < 0 && c.kind() != Table2Column.Kind.SIGNED_COUNT) {
                    out.add(ctx.finding(
                            this,
                            "表二“" + Labels.t2Row(row, edition) + "”行“" + c.label() + "”列为" + v.toPlainString()
                                    + "，不应为负数",
                            Labels.t2(row, edition, c),
                            row));
                }
            }
        }
    }
}
