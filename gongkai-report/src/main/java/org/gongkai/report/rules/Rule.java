package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * One check of the annual report, with a stable id ({@code T3.BALANCE}) whose prefix says what it is
 * about: {@code T2.} {@code T3.} {@code T4.} a table, {@code DOC.} structure and edition, {@code TXT.}
 * the narrative against the tables, {@code YOY.} this year against last year. Each implementation cites
 * the clause of domain-spec §3 (or the law) it enforces; the catalog is {@link Rules#all()}.
 */
public interface Rule {
    /** The stable id, e.g. {@code T3.BALANCE}; findings carry it and docs/rules.md lists it. */
    String id();

    /** The severity of its findings (YOY.CARRY_OVER may be lowered by {@link AuditOptions}). */
    Severity severity();

    /** What it checks, in Chinese, for catalogs and the web app. */
    String title();

    /** Adds a finding to {@code out} for every violation in {@code ctx}'s report; never throws. */
    void check(AuditContext ctx, List<Finding> out);
}
