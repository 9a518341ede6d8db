package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/**
 * Blank or placeholder cells in a table-3 row that is present (domain-spec T3-04: "otherwise WARN blank
 * cell"; §3.5a: the 2019 Shanghai report left most 总计 cells of the result rows blank, so T3-02 cannot
 * be evaluated). One finding per row naming its blank columns, so a blank 总计 column gives one finding
 * per row, not per cell. Under {@link AuditOptions.BlankCellPolicy#ZERO} or a consistently blank table
 * under ZERO_WHEN_CONSISTENT, blanks are zeros and nothing is said. A row whose cells the reader already
 * reported (DOC.SPLIT_AMBIGUOUS, DOC.CELL_UNREADABLE, DOC.ROW_SHORT) is not reported again.
 */
final class T3BlankCell extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    private static final Table3Row[] TABLE3_ROWS = Table3Row.values();

    T3BlankCell() {
        super("T3.BLANK_CELL", Severity.WARNING, "表三存在空白单元格");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table3 t3 = ctx.report().table3();
        if (t3 == null || ctx.blankIsZero(t3)) {
            return;
        }
        for (Table3Row row : TABLE3_ROWS) {
            if (!t3.hasRow(row) || ctx.metadata().reportedByReader(row)) {
                continue;
            }
            List<String> blank = new ArrayList<>();
            for (ApplicantColumn c : APPLICANT_COLUMNS) {
                if (t3.get(row, c) == null) {
                    blank.add(Labels.column(c));
                }
            }
            if (!blank.isEmpty()) {
                String cols = String.join("、", blank);
                out.add(ctx.finding(
                        this,
                        "表三“" + Labels.row(row) + "”行的“" + cols + "”列为空白或非数字，相关勾稽关系无法核对",
                        Labels.t3(row, cols),
                        row));
            }
        }
    }
}
