package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReadingMetadata;

/**
 * Audits one annual report (年报审查): runs every rule of {@link Rules#all()} and returns the findings,
 * errors first, then warnings, then notes; within a severity in catalog order (DOC, 表二, 表三, 表四, TXT,
 * YOY), and within a rule in the order the rule found them (row, then column). The CLI and the web app
 * both call this; a rule that fails on malformed input is reported, never thrown.
 */
public final class Auditor {
    private final AuditOptions options;
    private final List<Rule> rules;

    public Auditor() {
        this(AuditOptions.defaults());
    }

    public Auditor(AuditOptions options) {
        this.options = options == null ? AuditOptions.defaults() : options;
        this.rules = Rules.all();
    }

    public AuditOptions options() {
        return options;
    }

    /** The findings of every rule on {@code report}; {@code previousYear} (may be null) enables the YOY rules. */
    public List<Finding> audit(AnnualReport report, AnnualReport previousYear) {
        return audit(report, previousYear, ReadingMetadata.NONE);
    }

    /**
     * As {@link #audit(AnnualReport, AnnualReport)}, with the reader's metadata: findings point to the
     * rows where they were read, and rows the reader already reported are not reported again.
     */
    public List<Finding> audit(AnnualReport report, AnnualReport previousYear, ReadingMetadata metadata) {
        AuditContext ctx = new AuditContext(report, previousYear, options, metadata);
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            order.put(rule.id(), i);
            try {
                rule.check(ctx, out);
            } catch (RuntimeException e) {
                out.add(new Finding(
                        "DOC.RULE_FAILED",
                        org.gongkai.report.Severity.INFO,
                        "规则" + rule.id() + "无法判断本报告：" + e,
                        rule.id()));
            }
        }
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((Finding f) -> f.severity().ordinal())
                .thenComparingInt(f -> order.getOrDefault(f.rule(), Integer.MAX_VALUE)));
        return List.copyOf(sorted);
    }

    /** The parser's findings, in the parser's order, followed by {@link #audit(AnnualReport, AnnualReport)}. */
    public List<Finding> audit(ParsedReport parsed, AnnualReport previousYear) {
        List<Finding> all = new ArrayList<>(parsed.findings());
        // Nothing was read from an unreadable file: the reader's finding says why, and rules that
        // would only repeat "year unknown" or "table missing" about an empty report stay silent.
        if (parsed.findings().stream().noneMatch(f -> NOTHING_READ.contains(f.rule()))) {
            all.addAll(audit(parsed.report(), previousYear, parsed.metadata()));
        }
        return List.copyOf(all);
    }

    /** Reader findings after which the report holds nothing to audit. */
    private static final Set<String> NOTHING_READ =
            Set.of("DOC.UNREADABLE", "DOC.UNSUPPORTED_FORMAT", "DOC.NO_TEXT_LAYER");
}
