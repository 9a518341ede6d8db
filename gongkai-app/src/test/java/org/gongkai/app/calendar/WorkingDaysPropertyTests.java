package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link WorkingDays#addWorkingDays} over known years and into the provisional years after them. */
class WorkingDaysPropertyTests {

    private static final WorkingDays NATIONAL = WorkingDays.national();

    @Provide
    Arbitrary<LocalDate> dates() {
        // the notice years 2019–2026 and, after them, provisional years computed from the 办法
        return Arbitraries.integers()
                .between(0, (int) (LocalDate.parse("2029-12-31").toEpochDay()
                        - LocalDate.parse("2018-12-01").toEpochDay()))
                .map(offset -> LocalDate.parse("2018-12-01").plusDays(offset));
    }

    @Property
    void neverLandsOnANonWorkingDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(NATIONAL.isWorkingDay(NATIONAL.addWorkingDays(start, n).date()))
                .isTrue();
    }

    @Property
    void strictlyMonotonicInTheNumberOfDays(
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 20) int more) {
        assertThat(NATIONAL.addWorkingDays(start, n + more).date())
                .isAfter(NATIONAL.addWorkingDays(start, n).date());
    }

    @Property
    void nonDecreasingInTheStart(
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 30) int later,
            @ForAll @IntRange(min = 0, max = 60) int n) {
        assertThat(NATIONAL.addWorkingDays(start.plusDays(later), n).date())
                .isAfterOrEqualTo(NATIONAL.addWorkingDays(start, n).date());
    }

    @Property
    void zeroDaysIsTheStart(@ForAll("dates") LocalDate start) {
        assertThat(NATIONAL.addWorkingDays(start, 0).date()).isEqualTo(start);
    }

    @Property
    void countingBackGivesTheNumberOfDays(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int n) {
        WorkingDayDate end = NATIONAL.addWorkingDays(start, n);
        WorkingDayCount count = NATIONAL.workingDaysBetween(start, end.date());

        assertThat(count.days()).isEqualTo(n);
        assertThat(count.certainty()).isEqualTo(end.certainty());
    }

    @Property
    void provisionalExactlyWhenAYearWithoutNoticeIsCrossed(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
        WorkingDayDate end = NATIONAL.addWorkingDays(start, n);
        boolean crossesUnknownYear =
                start.plusDays(1).getYear() < 2019 || end.date().getYear() > 2026;

        assertThat(end.isProvisional()).isEqualTo(crossesUnknownYear);
    }
}
