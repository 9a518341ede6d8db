package org.gongkai.report.parse;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/**
 * What a parser read: the report (as much of it as could be read) and the findings of reading it
 * ({@code DOC.} ids: unreadable input, missing tables, blank or placeholder cells, ambiguous splits).
 * A parser never throws on bad input; it says why here.
 */
public record ParsedReport(AnnualReport report, List<Finding> findings) {
    public ParsedReport {
        findings = List.copyOf(findings);
    }
}
