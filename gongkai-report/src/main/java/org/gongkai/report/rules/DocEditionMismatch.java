package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * The tables follow a different edition than the year requires (domain-spec §2.1: 2019–2020 reports
 * use 国办公开办函〔2019〕60号, reports from 2021 on use 〔2021〕30号; §3.6 "未按新格式"). A warning, not an
 * error: the format is an official requirement, but no identity is broken and the numbers may still be
 * right, so it must not be counted with the arithmetic errors.
 */
final class DocEditionMismatch extends BaseRule {
    DocEditionMismatch() {
        super("DOC.EDITION_MISMATCH", Severity.WARNING, "表格格式版本与报告年度不符");
    }

    @Override
    public void check(AuditContext ctx, List<Finding> out) {
        Edition edition = ctx.report().edition();
        Integer year = ctx.report().year();
        if (edition == null || year == null) {
            return;
        }
        Edition required = Edition.requiredFor(year);
        if (edition != required) {
            out.add(ctx.finding(
                    this,
                    year + "年度报告应采用" + required.code() + "年版格式（" + required.instrument() + "），但表格采用" + edition.code()
                            + "年版格式（" + edition.instrument() + "）",
                    "表二、表三 · 格式版本",
                    null));
        }
    }
}
