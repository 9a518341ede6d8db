package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Identity;
import org.gongkai.report.Severity;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * For each group of table 4 (行政复议, 未经复议直接起诉, 复议后起诉): 总计 = 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结 (domain-spec T4-01).
 */
final class T4GroupTotal extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final Table4Group[] TABLE4_GROUPS = Table4Group.values();

    T4GroupTotal() {
        super("T4.GROUP_TOTAL", Severity.ERROR, "表四总计不等于各结果之和");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table4 t4 = ctx.report().table4();
        if (t4 == null) {
            return;
        }
        for (Table4Group g : TABLE4_GROUPS) {
            Identity total = Table4.groupTotal(ctx::cell, g);
            if (total != null && !total.holds()) {
                out.add(ctx.finding(
                        this,
                        "表四“" + g.label() + "”的“总计”为" + total.stated() + "，但结果维持、结果纠正、其他结果、尚未审结之和为" + total.computed(),
                        Labels.t4(g, Table4Column.TOTAL),
                        g));
            }
        }
    }
}
