package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;

/**
 * Each of the six headings must be present (条例第五十条; domain-spec §2.2 and §3.5 "Six headings
 * present"; 30号 "不能遗漏"). One finding per missing heading. A report without any narrative (built
 * from numbers alone) is not judged.
 */
final class DocSectionMissing extends BaseRule {
    /** The values once: {@code values()} copies its array at every call. */
    private static final SectionHeading[] SECTION_HEADINGS = SectionHeading.values();

    DocSectionMissing() {
        super("DOC.SECTION_MISSING", Severity.WARNING, "缺少规定的章节标题");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        if (!ctx.hasNarrative()) {
            return;
        }
        for (SectionHeading h : SECTION_HEADINGS) {
            Section s = ctx.report().section(h.number());
            if (s == null || !s.present()) {
                out.add(ctx.finding(
                        this,
                        "报告缺少第" + h.heading().charAt(0) + "部分标题“" + h.heading() + "”",
                        "章节" + Labels.SEP + h.heading(),
                        null));
            }
        }
    }
}
