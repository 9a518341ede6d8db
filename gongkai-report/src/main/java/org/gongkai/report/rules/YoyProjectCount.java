package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/**
 * 2019 edition, both years: 上一年项目数量(N−1) + 本年增/减(N−1) = 上一年项目数量(N) for 行政许可,
 * 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费 (domain-spec Y-03, a warning: the item semantics
 * are inferred [D]). Not across editions (Y-04).
 */
final class YoyProjectCount extends BaseRule {
    private static final List<Table2Row> ROWS = List.of(
            Table2Row.LICENSING,
            Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES,
            Table2Row.PENALTIES,
            Table2Row.ENFORCEMENT,
            Table2Row.ADMINISTRATIVE_FEES);

    YoyProjectCount() {
        super("YOY.PROJECT_COUNT", Severity.WARNING, "上一年项目数量与上一年度报告不衔接");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        AnnualReport prev = ctx.comparablePrevious();
        Table2 t2 = ctx.report().table2();
        if (prev == null || t2 == null || prev.table2() == null) {
            return;
        }
        if (ctx.edition() != Edition.E2019 || AuditContext.editionOf(prev) != Edition.E2019) {
            return;
        }
        String prevYear = prev.year() == null ? "上一年度" : prev.year() + "年度";
        for (Table2Row row : ROWS) {
            BigDecimal now = t2.get(row, Table2Column.PREVIOUS_YEAR_COUNT);
            BigDecimal before = prev.table2().get(row, Table2Column.PREVIOUS_YEAR_COUNT);
            BigDecimal change = prev.table2().get(row, Table2Column.CHANGE);
            if (now == null || before == null || change == null) {
                continue;
            }
            BigDecimal expected = before.add(change);
            if (now.compareTo(expected) != 0) {
                out.add(ctx.finding(
                        this,
                        "表二“" + Labels.t2Row(row, Edition.E2019) + "”行“上一年项目数量”为" + now.toPlainString() + "，但"
                                + prevYear
                                + "报告上一年项目数量" + before.toPlainString() + "加本年增/减" + change.toPlainString() + "为"
                                + expected.toPlainString(),
                        Labels.t2(row, Edition.E2019, Table2Column.PREVIOUS_YEAR_COUNT),
                        row));
            }
        }
    }
}
