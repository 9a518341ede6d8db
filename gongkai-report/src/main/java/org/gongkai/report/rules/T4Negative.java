package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/** Table 4 counts cases: integers ≥ 0 (domain-spec T4-02). One finding per group. */
final class T4Negative extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table4Group[] TABLE4_GROUPS = Table4Group.values();

    private static final Table4Column[] TABLE4_COLUMNS = Table4Column.values();

    T4Negative() {
        super("T4.NEGATIVE", Severity.ERROR, "表四案件数为负数");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table4 t4 = ctx.report().table4();
        if (t4 == null) {
            return;
        }
        for (Table4Group g : TABLE4_GROUPS) {
            List<String> cells = new ArrayList<>();
            List<String> cols = new ArrayList<>();
            for (Table4Column c : TABLE4_COLUMNS) {
                Long v = t4.get(g, c);
                if (v != null && v < 0) {
                    cells.add("“" + c.label() + "”为" + v);
                    cols.add(c.label());
                }
            }
            if (!cells.isEmpty()) {
                out.add(ctx.finding(
                        this,
                        "表四“" + g.label() + "”" + String.join("，", cells) + "，案件数不应为负数",
                        Labels.t4(g, String.join("、", cols)),
                        g));
            }
        }
    }
}
