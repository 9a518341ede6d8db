package org.gongkai.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of table 4 (ADR 0003): random cases of an agency over 2019–2026, their results recorded
 * and corrected through the case itself ({@link Appeal#recordResult}, {@link Appeal#correctResult}, back to
 * pending included). For every year:
 *
 * <ol>
 *   <li>the computed table passes every {@code T4.*} rule of gongkai-report (no finding at all);
 *   <li>each case is counted in exactly one cell of its group's four result columns when it can count in the
 *       year (filed by its end, not decided before its start), in none otherwise, and never in another group;
 *   <li>each 总计 is the number of the group's cases counted.
 * </ol>
 *
 * And across years: a decided case counts with its result in exactly one year, that of its decision.
 */
class Table4PropertyTests {
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2026;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds")
    void everyTablePassesTheT4RulesAndCountsEachCaseOnce(long seed) {
        List<Table4Tally.Case> cases = randomCases(new Random(seed));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Table4 table = Table4Tally.table(year, cases);
            assertThat(Table4Check.findings(year, table))
                    .as("种子 %d, %d年", seed, year)
                    .isEmpty();

            Map<Table4Group, Map<AppealResult, List<Table4Tally.Case>>> cells = Table4Tally.cells(year, cases);
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            for (Table4Tally.Case c : cases) {
                boolean canCount = !c.filedOn().isAfter(last)
                        && (c.decidedOn() == null || !c.decidedOn().isBefore(first));
                long inOwnGroup = cells.get(c.kind().group()).values().stream()
                        .filter(list -> list.contains(c))
                        .count();
                long elsewhere = cells.entrySet().stream()
                        .filter(e -> e.getKey() != c.kind().group())
                        .flatMap(e -> e.getValue().values().stream())
                        .filter(list -> list.contains(c))
                        .count();
                assertThat(inOwnGroup).as("种子 %d, %d年, %s", seed, year, c).isEqualTo(canCount ? 1 : 0);
                assertThat(elsewhere).as("种子 %d, %d年, %s", seed, year, c).isZero();
            }
            for (AppealKind kind : AppealKind.values()) {
                long counted = cases.stream()
                        .filter(c -> c.kind() == kind)
                        .filter(c -> !c.filedOn().isAfter(last)
                                && (c.decidedOn() == null || !c.decidedOn().isBefore(first)))
                        .count();
                assertThat(table.get(kind.group(), Table4Column.TOTAL))
                        .as("种子 %d, %d年, %s", seed, year, kind)
                        .isEqualTo(counted);
            }
        }
        for (Table4Tally.Case c : cases) {
            if (c.result().decided() && c.decidedOn().getYear() <= LAST_YEAR) {
                List<Integer> yearsWithResult = new ArrayList<>();
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    if (Table4Tally.columnIn(year, c)
                            .filter(AppealResult::decided)
                            .isPresent()) {
                        yearsWithResult.add(year);
                    }
                }
                assertThat(yearsWithResult)
                        .as("种子 %d, %s", seed, c)
                        .containsExactly(c.decidedOn().getYear());
            }
        }
    }

    /** Up to 40 cases filed 2019–2026; some decided (up to two years later), some corrected, some pending. */
    static List<Table4Tally.Case> randomCases(Random random) {
        List<Table4Tally.Case> cases = new ArrayList<>();
        int n = random.nextInt(5) == 0 ? 0 : random.nextInt(40) + 1;
        LocalDate start = LocalDate.of(FIRST_YEAR, 1, 1);
        int span = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - start.toEpochDay());
        for (long id = 1; id <= n; id++) {
            AppealKind kind = AppealKind.values()[random.nextInt(AppealKind.values().length)];
            LocalDate filed = start.plusDays(random.nextInt(span + 1));
            Appeal appeal =
                    new Appeal(1L, kind, filed, "复议机关", "案号" + id, null, null, null, null, OffsetDateTime.now());
            if (random.nextInt(10) < 7) {
                appeal.recordResult(decision(random), filed.plusDays(random.nextInt(730)));
                int corrections = random.nextInt(3);
                for (int i = 0; i < corrections && appeal.result().decided(); i++) {
                    if (random.nextInt(4) == 0) {
                        appeal.correctResult(AppealResult.PENDING, null);
                    } else {
                        AppealResult r = decision(random);
                        LocalDate on = filed.plusDays(random.nextInt(730));
                        if (r != appeal.result() || !on.equals(appeal.decidedOn())) {
                            appeal.correctResult(r, on);
                        }
                    }
                }
            }
            cases.add(new Table4Tally.Case(id, appeal.kind(), appeal.filedOn(), appeal.result(), appeal.decidedOn()));
        }
        return cases;
    }

    private static AppealResult decision(Random random) {
        return List.of(AppealResult.UPHELD, AppealResult.CORRECTED, AppealResult.OTHER)
                .get(random.nextInt(3));
    }
}
