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
        // The headings outside the longest run in ascending order are the ones out of place: moving
        // 五 to the front is one misplaced heading, not four.
        int n = present.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (present.get(j).number() < present.get(i).number() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] inOrder = new boolean[n];
        for (int i = best; i >= 0; i = before[i]) {
            inOrder[i] = true;
        }
        for (int i = 0; i < n; i++) {
            if (inOrder[i]) {
                continue;
            }
            SectionHeading h = present.get(i).official();
            String neighbour = i > 0
                    ? "出现在“" + present.get(i - 1).official().heading() + "”之后"
                    : "出现在“" + present.get(i + 1).official().heading() + "”之前";
            out.add(ctx.finding(
                    this, "章节“" + h.heading() + "”" + neighbour + "，不符合一至六的顺序", "章节" + Labels.SEP + h.heading(), h));
        }
    }

    private static SourcePosition position(AuditContext ctx, Section s) {
        SectionHeading h = s.official();
        return ctx.metadata().positionOf(h);
    }
}
