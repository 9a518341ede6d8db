package org.gongkai.report.parse;

import java.util.List;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;

/**
 * How a row whose values are fewer than its cells ends, decided in one place for every table: the
 * cell borders were lost and the digits split exactly one way ({@code DOC.CELLS_SPLIT}, a note), several
 * ways ({@code DOC.SPLIT_AMBIGUOUS}: the cells the readings disagree on are blank), or no way at all
 * ({@code DOC.ROW_SHORT}: the row is read as far as it goes). The identities that narrow the readings
 * are the model's ({@link org.gongkai.report.Table3}, {@link org.gongkai.report.Table4}).
 */
enum SplitOutcome {
    ONE("DOC.CELLS_SPLIT", Severity.INFO),
    SEVERAL("DOC.SPLIT_AMBIGUOUS", Severity.WARNING),
    NONE("DOC.ROW_SHORT", Severity.WARNING);

    /** Rows whose printed digits exceed this are not split (the readings would explode). */
    private static final int MAX_DIGITS = 60;

    private final String rule;
    private final Severity severity;

    SplitOutcome(String rule, Severity severity) {
        this.rule = rule;
        this.severity = severity;
    }

    String rule() {
        return rule;
    }

    /** The outcome of a list of readings that survived the identities. */
    static SplitOutcome of(List<?> readings) {
        return readings.size() == 1 ? ONE : readings.isEmpty() ? NONE : SEVERAL;
    }

    /** Says the outcome: the finding of this outcome's rule, about the rows {@code about}. */
    void report(ReadingLog log, String message, String where, SourcePosition pos, Object... about) {
        log.add(rule, severity, message, where, pos, about);
    }

    /**
     * Readings of a short row whose cell borders were lost, as {@code n} printed cells; empty when it
     * cannot be split (a table row whose borders are known, an unreadable token, too many digits).
     */
    static List<List<String>> readings(ValueScanner.Values v, int n) {
        if (v.trusted()) {
            return List.of();
        }
        for (String tok : v.tokens()) {
            if (tok.startsWith("?")) {
                return List.of();
            }
        }
        List<String> atoms = CellSplitter.atoms(v.tokens());
        int digits = 0;
        for (String a : atoms) {
            digits += a.length();
        }
        if (atoms.isEmpty() || digits > MAX_DIGITS) {
            return List.of();
        }
        return CellSplitter.readings(atoms, n);
    }
}
