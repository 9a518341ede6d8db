package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * Blank or placeholder cells ("", "/", "—") in a table-2 row that is present: the format asks for a
 * number in every cell (domain-spec T2-01 with the blank-cell note of T3-04, report-json.md "the auditor
 * says so"). One finding per row naming its blank cells. A row or table that is absent is the parser's
 * business, not this rule's. A row whose cells the reader already reported (DOC.SPLIT_AMBIGUOUS,
 * DOC.CELL_UNREADABLE, DOC.ROW_SHORT: {@link org.gongkai.report.parse.ReadingMetadata#reportedByReader}) is not
 * reported again.
 */
final class T2BlankCell extends BaseRule {
    T2BlankCell() {
        super("T2.BLANK_CELL", Severity.WARNING, "表二存在空白单元格");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        Edition edition = ctx.edition();
        if (t2 == null || edition == null || ctx.options().blankCells() == AuditOptions.BlankCellPolicy.ZERO) {
            return;
        }
        for (Table2Row row : edition.table2Rows()) {
            if (!t2.hasRow(row) || ctx.metadata().reportedByReader(row)) {
                continue;
            }
            List<String> blank = new ArrayList<>();
            for (Table2Column c : row.columns(edition)) {
                if (t2.get(row, c) == null) {
                    blank.add(c.label());
                }
            }
            if (!blank.isEmpty()) {
                String cols = String.join("、", blank);
                out.add(ctx.finding(
                        this,
                        "表二“" + Labels.t2Row(row, edition) + "”行的“" + cols + "”列为空白或非数字，应填写数字（无则填0）",
                        Labels.t2(row, edition, cols),
                        row));
            }
        }
    }
}
