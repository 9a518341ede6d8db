package org.gongkai.report.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.parse.ReadingMetadata;

/**
 * What a {@link Rule} sees: the report, last year's report of the same agency (or null), the options,
 * and helpers to read cells under the blank-cell policy, to read the narrative in Simplified Chinese and
 * to build a {@link Finding} that carries the row's {@link org.gongkai.report.SourcePosition}.
 */
public final class AuditContext {
    /** The values once: {@code values()} copies its array at every call. */
    private static final ApplicantColumn[] APPLICANT_COLUMNS = ApplicantColumn.values();

    private static final Table4Group[] TABLE4_GROUPS = Table4Group.values();
    private static final Table4Column[] TABLE4_COLUMNS = Table4Column.values();

    private final AnnualReport report;
    private final AnnualReport previous;
    private final AuditOptions options;
    private final ReadingMetadata metadata;
    private final Map<Integer, String> simplifiedSections = new HashMap<>();
    private String simplifiedNarrative;
    private final Map<Integer, List<String>> sentences = new HashMap<>();

    public AuditContext(AnnualReport report, AnnualReport previous, AuditOptions options) {
        this(report, previous, options, ReadingMetadata.NONE);
    }

    /** With the reader's {@link ReadingMetadata}: where rows were read, which the reader reported. */
    public AuditContext(AnnualReport report, AnnualReport previous, AuditOptions options, ReadingMetadata metadata) {
        this.report = Objects.requireNonNull(report, "report");
        this.previous = previous;
        this.options = options == null ? AuditOptions.defaults() : options;
        this.metadata = metadata == null ? ReadingMetadata.NONE : metadata;
    }

    public AnnualReport report() {
        return report;
    }

    /** Last year's report as given, or null; see {@link #comparablePrevious()}. */
    public AnnualReport previous() {
        return previous;
    }

    public AuditOptions options() {
        return options;
    }

    /** Where the reader read each row, and which rows' cells it already reported. */
    public ReadingMetadata metadata() {
        return metadata;
    }

    /**
     * Last year's report when it can be compared (domain-spec §3.2 "same agency"): given, its year is
     * this year − 1 when both years are known, and the agencies are the same when both are named.
     * YOY rules use only this; YOY.NOT_COMPARABLE says why it is null.
     */
    public AnnualReport comparablePrevious() {
        if (previous == null) {
            return null;
        }
        if (report.year() != null && previous.year() != null && previous.year() != report.year() - 1) {
            return null;
        }
        if (report.agency() != null
                && previous.agency() != null
                && !compact(report.agency()).equals(compact(previous.agency()))) {
            return null;
        }
        return previous;
    }

    /**
     * The edition the report's tables follow: as recorded, else as the table-3 （六） rows show, else as
     * the year requires; null when nothing tells.
     */
    public Edition edition() {
        return editionOf(report);
    }

    static Edition editionOf(AnnualReport r) {
        if (r.edition() != null) {
            return r.edition();
        }
        Table3 t3 = r.table3();
        if (t3 != null) {
            if (t3.hasRow(Table3Row.OTHER)) {
                return Edition.E2019;
            }
            if (t3.hasRow(Table3Row.NO_CORRECTION_IN_TIME) || t3.hasRow(Table3Row.OTHER_OTHER)) {
                return Edition.E2021;
            }
        }
        return r.year() == null ? null : Edition.requiredFor(r.year());
    }

    /** A table-3 cell under the blank-cell policy: null when absent, or blank and not counted as 0. */
    public Long cell(Table3Row row, ApplicantColumn column) {
        return cell(report, row, column);
    }

    Long cell(AnnualReport r, Table3Row row, ApplicantColumn column) {
        Table3 t3 = r.table3();
        if (t3 == null || !t3.hasRow(row)) {
            return null;
        }
        Long v = t3.get(row, column);
        return v == null && blankIsZero(t3) ? Long.valueOf(0) : v;
    }

    /** A table-4 cell under the blank-cell policy. */
    public Long cell(Table4Group group, Table4Column column) {
        return cell(report, group, column);
    }

    Long cell(AnnualReport r, Table4Group group, Table4Column column) {
        Table4 t4 = r.table4();
        if (t4 == null || !t4.hasGroup(group)) {
            return null;
        }
        Long v = t4.get(group, column);
        return v == null && blankIsZero(t4) ? Long.valueOf(0) : v;
    }

    /** Whether blank cells of table 3 count as 0 (and are not reported) under the policy. */
    public boolean blankIsZero(Table3 t3) {
        return switch (options.blankCells()) {
            case ZERO -> true;
            case WARN -> false;
            case ZERO_WHEN_CONSISTENT -> {
                for (Table3Row r : t3.rows()) {
                    for (ApplicantColumn c : APPLICANT_COLUMNS) {
                        Long v = t3.get(r, c);
                        if (v != null && v == 0) {
                            yield false;
                        }
                    }
                }
                yield true;
            }
        };
    }

    /** Whether blank cells of table 4 count as 0 (and are not reported) under the policy. */
    public boolean blankIsZero(Table4 t4) {
        return switch (options.blankCells()) {
            case ZERO -> true;
            case WARN -> false;
            case ZERO_WHEN_CONSISTENT -> {
                for (Table4Group g : TABLE4_GROUPS) {
                    for (Table4Column c : TABLE4_COLUMNS) {
                        Long v = t4.get(g, c);
                        if (v != null && v == 0) {
                            yield false;
                        }
                    }
                }
                yield true;
            }
        };
    }

    /** Whether the report carries narrative at all (a report built from numbers alone has no sections). */
    public boolean hasNarrative() {
        return !report.sections().isEmpty();
    }

    /** The whole narrative (preamble and sections), Simplified, with ASCII digits. */
    public String narrative() {
        if (simplifiedNarrative == null) {
            simplifiedNarrative = NarrativeText.normalize(report.narrative());
        }
        return simplifiedNarrative;
    }

    /** The text of section {@code number} (1–6), Simplified; "" when absent. */
    public String sectionText(int number) {
        return simplifiedSections.computeIfAbsent(number, n -> sectionText(report, n));
    }

    /** The sentences of section {@code number}, split once per audit. */
    public List<String> sentences(int number) {
        return sentences.computeIfAbsent(number, n -> Sentences.of(sectionText(n)));
    }

    static String sectionText(AnnualReport r, int number) {
        Section s = r.section(number);
        return s == null ? "" : NarrativeText.normalize(s.text());
    }

    /** A finding of {@code rule} at its own severity, positioned at {@code positionKey}'s row if known. */
    public Finding finding(Rule rule, String message, String where, Object positionKey) {
        return finding(rule, rule.severity(), message, where, positionKey);
    }

    public Finding finding(Rule rule, Severity severity, String message, String where, Object positionKey) {
        Finding f = new Finding(rule.id(), severity, message, where);
        return positionKey == null ? f : f.at(metadata.positionOf(positionKey));
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
