package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;

/**
 * The present headings must appear in the order 一 to 六 (domain-spec §2.2, §3.5 "in order"). The
 * order is the source position of each heading when every present heading has one, else the order of
 * {@link org.gongkai.report.AnnualReport#sections()}.
 */
final class DocSectionOrder extends BaseRule {
    DocSectionOrder() {
        super("DOC.SECTION_ORDER", Severity.WARNING, "章节顺序不符合规定");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        List<Section> present = new ArrayList<>();
        for (Section s : ctx.report().sections()) {
            if (s.present()) {
                present.add(s);
            }
        }
        if (present.stream().allMatch(s -> position(ctx, s) != null)) {
            present.sort(Comparator.comparing(
                            (Section s) -> position(ctx, s).page(), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(s -> position(ctx, s).line(), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        int highest = 0;
        String highestHeading = null;
        for (Section s : present) {
            if (s.number() < highest) {
                out.add(ctx.finding(
                        this,
                        "章节“" + s.official().heading() + "”出现在“" + highestHeading + "”之后，顺序应为一至六",
                        "章节" + Labels.SEP + s.official().heading(),
                        s.official()));
            } else {
                highest = s.number();
                highestHeading = s.official().heading();
            }
        }
    }

    private static SourcePosition position(AuditContext ctx, Section s) {
        SectionHeading h = s.official();
        return ctx.report().positionOf(h);
    }
}
