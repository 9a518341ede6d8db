package org.gongkai.report.parse;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.SourcePosition;

/**
 * What a reader knows about how it read a report, apart from the report's value: where each row or
 * section was read (page, line), so that a finding can point a person to the cell, and which rows'
 * cells the reader itself already reported, so that the rules do not report them again. Keys are
 * {@link org.gongkai.report.Table2Row}, {@link org.gongkai.report.Table3Row}, {@link
 * org.gongkai.report.Table4Group} and {@link org.gongkai.report.SectionHeading}.
 */
public final class ReadingMetadata {
    /** Nothing known: a report that was not read from a source (built, or read back from JSON). */
    public static final ReadingMetadata NONE = new ReadingMetadata().freeze();

    private Map<Object, SourcePosition> positions = new HashMap<>();
    private Set<Object> reportedByReader = new HashSet<>();

    /** Where each row or section was read. */
    public Map<Object, SourcePosition> positions() {
        return positions;
    }

    public SourcePosition positionOf(Object key) {
        return positions.get(key);
    }

    public ReadingMetadata position(Object key, SourcePosition position) {
        positions.put(key, position);
        return this;
    }

    /**
     * Notes that the reader already reported a problem with this row's cells (an ambiguous run-together
     * row, an unreadable cell, a short row: DOC.SPLIT_AMBIGUOUS, DOC.CELL_UNREADABLE, DOC.ROW_SHORT), so
     * the blank-cell rules do not report the same cells again.
     */
    public ReadingMetadata markReportedByReader(Object rowKey) {
        reportedByReader.add(rowKey);
        return this;
    }

    /** Whether the reader already reported a problem with this row's cells ({@link #markReportedByReader}). */
    public boolean reportedByReader(Object rowKey) {
        return reportedByReader.contains(rowKey);
    }

    /** This metadata, unmodifiable from now on. */
    public ReadingMetadata freeze() {
        positions = Collections.unmodifiableMap(positions);
        reportedByReader = Collections.unmodifiableSet(reportedByReader);
        return this;
    }
}
