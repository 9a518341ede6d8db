package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The thresholds and policies of the heuristic rules. Everything domain-spec tags [U] or calls a
 * heuristic is here rather than hard-coded; {@link #defaults()} are the values documented in
 * docs/rules.md.
 *
 * @param narrativeSimilarityThreshold TXT.COPIED_NARRATIVE (Y-05, 内容雷同): a section 一 or 五 whose
 *     similarity to last year's reaches this value (0..1, character-bigram Jaccard) is flagged
 * @param minNarrativeLength TXT.COPIED_NARRATIVE ignores sections shorter than this many Chinese
 *     characters after normalisation (a two-line section is alike every year without being a copy)
 * @param boilerplatePhrases stock phrases removed before the similarity is measured
 * @param feeAmountUnitThreshold T2.FEE_UNIT (T2-04): a 本年收费金额 at or above this many 万元 probably
 *     was typed in 元
 * @param carryOverMismatchIsError YOY.CARRY_OVER (Y-01): error by default; false lowers it to a
 *     warning (机构改革, re-classified applicants)
 * @param blankCells how blank or placeholder cells are treated (T3-04)
 * @param staleYearLookback TXT.STALE_YEAR looks at years at most this many years before the report year
 */
public record AuditOptions(
        double narrativeSimilarityThreshold,
        int minNarrativeLength,
        List<String> boilerplatePhrases,
        BigDecimal feeAmountUnitThreshold,
        boolean carryOverMismatchIsError,
        BlankCellPolicy blankCells,
        int staleYearLookback) {

    /** What a blank cell ("", "/", "—") means to the arithmetic rules. */
    public enum BlankCellPolicy {
        /** Warn once per row naming the blank cells; identities that need a blank cell are not judged. */
        WARN,
        /**
         * Blank counts as 0 in a table that holds no printed 0 at all (the report consistently leaves
         * zeros blank, domain-spec T3-04); otherwise as {@link #WARN}.
         */
        ZERO_WHEN_CONSISTENT,
        /** Blank always counts as 0, without a warning. */
        ZERO
    }

    public AuditOptions {
        if (narrativeSimilarityThreshold < 0 || narrativeSimilarityThreshold > 1) {
            throw new IllegalArgumentException("similarity threshold must be in 0..1: " + narrativeSimilarityThreshold);
        }
        boilerplatePhrases = List.copyOf(boilerplatePhrases);
        if (feeAmountUnitThreshold == null || blankCells == null) {
            throw new IllegalArgumentException("feeAmountUnitThreshold and blankCells are required");
        }
    }

    public static AuditOptions defaults() {
        return new AuditOptions(
                0.9,
                100,
                List.of("以习近平新时代中国特色社会主义思想为指导", "以公开为常态、不公开为例外", "《中华人民共和国政府信息公开条例》"),
                new BigDecimal("1000000"),
                true,
                BlankCellPolicy.WARN,
                5);
    }

    public AuditOptions withNarrativeSimilarityThreshold(double value) {
        return new AuditOptions(
                value,
                minNarrativeLength,
                boilerplatePhrases,
                feeAmountUnitThreshold,
                carryOverMismatchIsError,
                blankCells,
                staleYearLookback);
    }

    public AuditOptions withFeeAmountUnitThreshold(BigDecimal value) {
        return new AuditOptions(
                narrativeSimilarityThreshold,
                minNarrativeLength,
                boilerplatePhrases,
                value,
                carryOverMismatchIsError,
                blankCells,
                staleYearLookback);
    }

    public AuditOptions withCarryOverMismatchIsError(boolean value) {
        return new AuditOptions(
                narrativeSimilarityThreshold,
                minNarrativeLength,
                boilerplatePhrases,
                feeAmountUnitThreshold,
                value,
                blankCells,
                staleYearLookback);
    }

    public AuditOptions withBlankCells(BlankCellPolicy value) {
        return new AuditOptions(
                narrativeSimilarityThreshold,
                minNarrativeLength,
                boilerplatePhrases,
                feeAmountUnitThreshold,
                carryOverMismatchIsError,
                value,
                staleYearLookback);
    }
}
