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
 * Counts of table 2 (件, 项, 个) are whole numbers (domain-spec T2-01); only amounts (收费金额, 采购总金额)
 * keep decimals.
 */
final class T2NotInteger extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table2Row[] TABLE2_ROWS = Table2Row.values();

    T2NotInteger() {
        super("T2.NOT_INTEGER", Severity.ERROR, "表二数量不是整数");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        Edition edition = ctx.edition();
        if (t2 == null) {
            return;
        }
        for (Table2Row row : TABLE2_ROWS) {
            for (var e : t2.row(row).entrySet()) {
                Table2Column c = e.getKey();
                BigDecimal v = e.getValue();
                if (v != null
                        && c.kind() != Table2Column.Kind.AMOUNT
                        && v.stripTrailingZeros().scale() > 0) {
                    out.add(ctx.finding(
                            this,
                            "表二“" + Labels.t2Row(row, edition) + "”行“" + c.label() + "”列为" + v.toPlainString()
                                    + "，件数应为整数",
                            Labels.t2(row, edition, c),
                            row));
                }
            }
        }
    }
}
