package org.gongkai.report.parse;

import java.util.List;
import java.util.Objects;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/**
 * What a parser read: the report (as much of it as could be read), the findings of reading it
 * ({@code DOC.} ids: unreadable input, missing tables, blank or placeholder cells, ambiguous splits)
 * and the {@link ReadingMetadata} (where each row was read, which rows the reader already reported).
 * A parser never throws on bad input; it says why here.
 */
public record ParsedReport(AnnualReport report, List<Finding> findings, ReadingMetadata metadata) {
    public ParsedReport {
        findings = List.copyOf(findings);
        metadata = Objects.requireNonNullElse(metadata, ReadingMetadata.NONE);
    }

    /** A report read without metadata (nothing was read, or it did not come from a source). */
    public ParsedReport(AnnualReport report, List<Finding> findings) {
        this(report, findings, ReadingMetadata.NONE);
    }
}
