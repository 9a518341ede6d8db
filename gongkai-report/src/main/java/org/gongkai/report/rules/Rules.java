package org.gongkai.report.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rule catalog in order: structure (DOC), table 2, table 3, table 4, narrative against the tables
 * (TXT), year over year (YOY). docs/rules.md documents every id; a test keeps the two in step.
 */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new DocYearUnknown(),
            new DocAgencyUnknown(),
            new DocEditionMismatch(),
            new DocSectionMissing(),
            new DocSectionOrder(),
            new T2Negative(),
            new T2NotInteger(),
            new T2BlankCell(),
            new T2PublishedExceedsTotal(),
            new T2RepealedExceeds(),
            new T2FeeUnit(),
            new T3Balance(),
            new T3RowTotal(),
            new T3ResultSum(),
            new T3Negative(),
            new T3BlankCell(),
            new T3ConcludedExceeds(),
            new T3Format(),
            new T4GroupTotal(),
            new T4Negative(),
            new T4BlankCell(),
            new TxtRequestCount(),
            new TxtNoRequests(),
            new TxtAppealCount(),
            new TxtNormativeCount(),
            new TxtFeeNotReported(),
            new TxtStaleYear(),
            new TxtCopiedNarrative(),
            new YoyNotComparable(),
            new YoyCarryOver(),
            new YoyInForce(),
            new YoyProjectCount());

    private Rules() {}

    /** Every rule, in catalog order. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
