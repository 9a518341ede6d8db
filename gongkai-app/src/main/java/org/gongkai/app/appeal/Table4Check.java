package org.gongkai.app.appeal;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Table4;
import org.gongkai.report.rules.AuditContext;
import org.gongkai.report.rules.AuditOptions;
import org.gongkai.report.rules.Rule;
import org.gongkai.report.rules.Rules;

/**
 * Checks a computed table 4 with gongkai-report's own table-4 rules ({@code T4.*}: 总计 = the four results,
 * no negative count, no blank cell), on a report of the year in the edition the year requires — table 4 is
 * the same in both editions (domain-spec §2.6 row 8), so the edition only labels the report.
 */
final class Table4Check {
    /** The table-4 rules of the report library's catalog, in catalog order. */
    static final List<Rule> RULES =
            Rules.all().stream().filter(r -> r.id().startsWith("T4.")).toList();

    private Table4Check() {}

    /** The findings of every {@code T4.*} rule on {@code table} as table 4 of {@code year}; empty when it holds. */
    static List<Finding> findings(int year, Table4 table) {
        AnnualReport report =
                new AnnualReport().year(year).edition(Edition.requiredFor(year)).table4(table);
        AuditContext context = new AuditContext(report, null, AuditOptions.defaults());
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.check(context, out);
        }
        return List.copyOf(out);
    }
}
