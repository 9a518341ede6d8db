package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** Every cell of table 3 counts applications: an integer ≥ 0 (domain-spec T3-04). One finding per row. */
final class T3Negative extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    private static final Table3Row[] TABLE3_ROWS = Table3Row.values();

    T3Negative() {
        super("T3.NEGATIVE", Severity.ERROR, "表三申请件数为负数");
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
            List<String> cells = new ArrayList<>();
            List<String> cols = new ArrayList<>();
            for (ApplicantColumn c : APPLICANT_COLUMNS) {
                Long v = t3.get(row, c);
                if (v != null && v < 0) {
                    cells.add("“" + Labels.column(c) + "”列为" + v);
                    cols.add(Labels.column(c));
                }
            }
            if (!cells.isEmpty()) {
                out.add(ctx.finding(
                        this,
                        "表三“" + Labels.row(row) + "”行" + String.join("，", cells) + "，申请件数不应为负数",
                        Labels.t3(row, String.join("、", cols)),
                        row));
            }
        }
    }
}
