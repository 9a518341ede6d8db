package org.gongkai.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;

/**
 * Which cases count in table 4 of a year, case by case (the rule of {@link Table4Tally}), and how a case
 * guards its result.
 */
class Table4TallyTests {
    static Table4Tally.Case pending(AppealKind kind, String filed) {
        return new Table4Tally.Case(1L, kind, LocalDate.parse(filed), AppealResult.PENDING, null);
    }

    static Table4Tally.Case decided(AppealKind kind, String filed, AppealResult result, String decided) {
        return new Table4Tally.Case(1L, kind, LocalDate.parse(filed), result, LocalDate.parse(decided));
    }

    @Test
    void aCaseDecidedInTheYearCountsWithItsResultWheneverItWasFiled() {
        var c = decided(AppealKind.RECONSIDERATION, "2024-11-20", AppealResult.CORRECTED, "2025-01-10");
        assertThat(Table4Tally.columnIn(2025, c)).contains(AppealResult.CORRECTED);
        assertThat(Table4Tally.columnIn(2024, c))
                .as("pending at the end of 2024")
                .contains(AppealResult.PENDING);
        assertThat(Table4Tally.columnIn(2026, c)).as("decided before 2026").isEmpty();
        assertThat(Table4Tally.columnIn(2023, c)).as("filed after 2023").isEmpty();
    }

    @Test
    void theYearsLastDayIsTheCutOff() {
        var onNewYearsEve = decided(AppealKind.LITIGATION_DIRECT, "2025-03-01", AppealResult.UPHELD, "2025-12-31");
        var onNewYearsDay = decided(AppealKind.LITIGATION_DIRECT, "2025-03-01", AppealResult.UPHELD, "2026-01-01");
        assertThat(Table4Tally.columnIn(2025, onNewYearsEve)).contains(AppealResult.UPHELD);
        assertThat(Table4Tally.columnIn(2025, onNewYearsDay)).contains(AppealResult.PENDING);
        assertThat(Table4Tally.columnIn(2025, pending(AppealKind.RECONSIDERATION, "2025-12-31")))
                .contains(AppealResult.PENDING);
        assertThat(Table4Tally.columnIn(2025, pending(AppealKind.RECONSIDERATION, "2026-01-01")))
                .isEmpty();
        assertThat(Table4Tally.columnIn(2030, pending(AppealKind.RECONSIDERATION, "2021-06-01")))
                .as("still pending: counted every year")
                .contains(AppealResult.PENDING);
    }

    @Test
    void theTableHasEveryCellAndEachGroupsTotal() {
        Table4 table = Table4Tally.table(
                2025,
                List.of(
                        decided(AppealKind.RECONSIDERATION, "2025-01-05", AppealResult.UPHELD, "2025-03-01"),
                        decided(AppealKind.RECONSIDERATION, "2024-12-05", AppealResult.OTHER, "2025-02-01"),
                        pending(AppealKind.RECONSIDERATION, "2025-12-01"),
                        decided(
                                AppealKind.LITIGATION_AFTER_RECONSIDERATION,
                                "2025-04-01",
                                AppealResult.CORRECTED,
                                "2025-10-01"),
                        pending(AppealKind.LITIGATION_DIRECT, "2027-01-01")));
        assertThat(row(table, Table4Group.RECONSIDERATION)).containsExactly(1L, 0L, 1L, 1L, 3L);
        assertThat(row(table, Table4Group.LITIGATION_DIRECT)).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(row(table, Table4Group.LITIGATION_AFTER_RECONSIDERATION)).containsExactly(0L, 1L, 0L, 0L, 1L);
        assertThat(Table4Check.findings(2025, table)).isEmpty();
    }

    @Test
    void theT4RulesOfTheReportLibraryFindABrokenTotal() {
        Table4 table = Table4Tally.table(2025, List.of());
        table.set(Table4Group.RECONSIDERATION, Table4Column.TOTAL, 1L);
        assertThat(Table4Check.RULES).extracting(r -> r.id()).contains("T4.GROUP_TOTAL", "T4.NEGATIVE");
        assertThat(Table4Check.findings(2025, table)).extracting(f -> f.rule()).containsExactly("T4.GROUP_TOTAL");
    }

    @Test
    void aResultIsRecordedOnceAndThenOnlyCorrected() {
        Appeal appeal = new Appeal(
                1L,
                AppealKind.RECONSIDERATION,
                LocalDate.parse("2025-03-01"),
                "达州市人民政府",
                "达市府复〔2025〕1号",
                null,
                null,
                null,
                null,
                OffsetDateTime.now());
        assertRefused(
                () -> appeal.correctResult(AppealResult.UPHELD, LocalDate.parse("2025-04-01")),
                "appeal.refused.nothingToCorrect");
        assertRefused(
                () -> appeal.recordResult(AppealResult.UPHELD, LocalDate.parse("2025-02-01")),
                "appeal.refused.decidedBeforeFiled");
        assertRefused(() -> appeal.recordResult(AppealResult.PENDING, null), "appeal.refused.noDecision");
        appeal.recordResult(AppealResult.UPHELD, LocalDate.parse("2025-04-01"));
        assertRefused(
                () -> appeal.recordResult(AppealResult.CORRECTED, LocalDate.parse("2025-04-02")),
                "appeal.refused.alreadyDecided");
        assertRefused(
                () -> appeal.correctResult(AppealResult.UPHELD, LocalDate.parse("2025-04-01")),
                "appeal.refused.unchanged");
        assertRefused(
                () -> appeal.correctResult(AppealResult.PENDING, LocalDate.parse("2025-04-01")),
                "appeal.refused.pendingWithDate");
        appeal.correctResult(AppealResult.PENDING, null);
        assertThat(appeal.result()).isEqualTo(AppealResult.PENDING);
        assertThat(appeal.decidedOn()).isNull();
    }

    private static List<Long> row(Table4 table, Table4Group group) {
        return java.util.Arrays.stream(Table4Column.values())
                .map(c -> table.get(group, c))
                .toList();
    }

    private static void assertRefused(Runnable step, String key) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        AppealRefused.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
