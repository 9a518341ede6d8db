package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Identity;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * For every row: 总计 = 自然人 + the five 法人或其他组织 columns (domain-spec T3-02, from the column
 * structure). A row with a blank cell is not judged (T3.BLANK_CELL says so).
 */
final class T3RowTotal extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table3Row[] TABLE3_ROWS = Table3Row.values();

    T3RowTotal() {
        super("T3.ROW_TOTAL", Severity.ERROR, "表三总计列不等于各类申请人之和");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table3 t3 = ctx.report().table3();
        if (t3 == null) {
            return;
        }
        for (Table3Row row : TABLE3_ROWS) {
            if (!t3.hasRow(row)) {
                continue;
            }
            Identity total = Table3.rowTotal(ctx::cell, row);
            if (total != null && !total.holds()) {
                out.add(ctx.finding(
                        this,
                        "表三“" + Labels.row(row) + "”行“总计”列为" + total.stated() + "，但自然人与法人或其他组织各列之和为" + total.computed(),
                        Labels.t3(row, ApplicantColumn.TOTAL),
                        row));
            }
        }
    }
}
