package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * Blank or placeholder cells in a table-4 group that is present (domain-spec T4-02 with the blank-cell
 * note of T3-04). One finding per group naming its blank columns. A group whose cells the reader already
 * reported (DOC.SPLIT_AMBIGUOUS, DOC.CELL_UNREADABLE, DOC.ROW_SHORT) is not reported again.
 */
final class T4BlankCell extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table4Group[] TABLE4_GROUPS = Table4Group.values();

    private static final Table4Column[] TABLE4_COLUMNS = Table4Column.values();

    T4BlankCell() {
        super("T4.BLANK_CELL", Severity.WARNING, "表四存在空白单元格");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table4 t4 = ctx.report().table4();
        if (t4 == null || ctx.blankIsZero(t4)) {
            return;
        }
        for (Table4Group g : TABLE4_GROUPS) {
            if (!t4.hasGroup(g) || ctx.metadata().reportedByReader(g)) {
                continue;
            }
            List<String> blank = new ArrayList<>();
            for (Table4Column c : TABLE4_COLUMNS) {
                if (t4.get(g, c) == null) {
                    blank.add(c.label());
                }
            }
            if (!blank.isEmpty()) {
                String cols = String.join("、", blank);
                out.add(ctx.finding(
                        this, "表四“" + g.label() + "”的“" + cols + "”为空白或非数字，相关勾稽关系无法核对", Labels.t4(g, cols), g));
            }
        }
    }
}
