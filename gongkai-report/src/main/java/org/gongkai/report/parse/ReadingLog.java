package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;

/**
 * What the readers of one source say while reading: their findings, in order, and the {@link
 * ReadingMetadata} (where each row was read, which rows' cells were already reported). Each reader
 * is handed the log and names the rows a finding is about with the finding itself.
 */
final class ReadingLog {
    /** Findings that already report a row's cells: the blank-cell rules stay silent about that row. */
    private static final Set<String> CELL_RULES = Set.of("DOC.SPLIT_AMBIGUOUS", "DOC.CELL_UNREADABLE", "DOC.ROW_SHORT");

    private final List<Finding> findings = new ArrayList<>();
    private final ReadingMetadata metadata = new ReadingMetadata();

    /**
     * Adds a finding; when it reports cells ({@code DOC.SPLIT_AMBIGUOUS}, {@code DOC.CELL_UNREADABLE},
     * {@code DOC.ROW_SHORT}), the rows {@code about} are marked as reported by the reader.
     */
    void add(String rule, Severity severity, String message, String where, SourcePosition pos, Object... about) {
        findings.add(new Finding(rule, severity, message, where).at(pos));
        if (CELL_RULES.contains(rule)) {
            for (Object key : about) {
                metadata.markReportedByReader(key);
            }
        }
    }

    /**
     * Notes a row read under a misprinted label ({@code DOC.LABEL_MISPRINTED}): the label as printed
     * and as the format has it.
     */
    void misprinted(String printed, String official, String where, SourcePosition pos) {
        add(
                "DOC.LABEL_MISPRINTED",
                Severity.INFO,
                "行标签印作“" + printed + "”，与格式的“" + official + "”相差一个字，按最接近的该行读取",
                where,
                pos);
    }

    /** Records where a row or section was read. */
    void position(Object key, SourcePosition pos) {
        metadata.position(key, pos);
    }

    SourcePosition positionOf(Object key) {
        return metadata.positionOf(key);
    }

    List<Finding> findings() {
        return findings;
    }

    ReadingMetadata metadata() {
        return metadata;
    }
}
