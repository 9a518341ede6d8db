package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;

/** 2019 edition: 本年新公开数量 ≤ 对外公开总数量 for 规章 and 规范性文件 (domain-spec T2-02). */
final class T2PublishedExceedsTotal extends BaseRule {
    T2PublishedExceedsTotal() {
        super("T2.PUBLISHED_EXCEEDS_TOTAL", Severity.WARNING, "表二本年新公开数量大于对外公开总数量");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Table2 t2 = ctx.report().table2();
        if (t2 == null || ctx.edition() != Edition.E2019) {
            return;
        }
        for (Table2Row row : List.of(Table2Row.REGULATIONS, Table2Row.NORMATIVE_DOCUMENTS)) {
            BigDecimal published = t2.get(row, Table2Column.NEWLY_PUBLISHED);
            BigDecimal total = t2.get(row, Table2Column.TOTAL_PUBLISHED);
            if (published != null && total != null && published.compareTo(total) > 0) {
                out.add(ctx.finding(
                        this,
                        "表二“" + Labels.t2Row(row, Edition.E2019) + "”行“本年新公开数量”为" + published.toPlainString()
                                + "，大于“对外公开总数量”" + total.toPlainString(),
                        Labels.t2(row, Edition.E2019, "本年新公开数量、对外公开总数量"),
                        row));
            }
        }
    }
}
