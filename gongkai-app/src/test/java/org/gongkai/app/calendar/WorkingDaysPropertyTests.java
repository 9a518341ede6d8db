package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.app.calendar.api.WorkingDayCount;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link WorkingDays#addWorkingDays}, checked exhaustively rather than by sampling:
 * every start day from 2018-12-01 to 2029-12-31 — the notice years 2019–2026 and the provisional
 * years after them — with every period from 0 to 60 working days.
 */
class WorkingDaysPropertyTests {

    private static final WorkingDays NATIONAL = WorkingDays.national();
    private static final LocalDate FIRST = LocalDate.parse("2018-12-01");
    private static final LocalDate LAST = LocalDate.parse("2029-12-31");
    private static final int MAX_DAYS = 60;

    private static List<LocalDate> starts() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    @Test
    void neverLandsOnANonWorkingDayAndIsStrictlyMonotonicInTheNumberOfDays() {
        for (LocalDate start : starts()) {
            LocalDate previous = start;
            for (int n = 1; n <= MAX_DAYS; n++) {
                LocalDate end = NATIONAL.addWorkingDays(start, n).date();
                assertThat(NATIONAL.isWorkingDay(end))
                        .as("%s + %d = %s", start, n, end)
                        .isTrue();
                assertThat(end).as("%s + %d", start, n).isAfter(previous);
                previous = end;
            }
        }
    }

    @Test
    void nonDecreasingInTheStart() {
        for (int n : new int[] {0, 1, 7, 15, 20, 40, MAX_DAYS}) {
            LocalDate previous = null;
            for (LocalDate start : starts()) {
                LocalDate end = NATIONAL.addWorkingDays(start, n).date();
                if (previous != null) {
                    assertThat(end).as("%s + %d", start, n).isAfterOrEqualTo(previous);
                }
                previous = end;
            }
        }
    }

    @Test
    void zeroDaysIsTheStart() {
        for (LocalDate start : starts()) {
            assertThat(NATIONAL.addWorkingDays(start, 0).date()).isEqualTo(start);
        }
    }

    @Test
    void countingBackGivesTheNumberOfDays() {
        for (LocalDate start : starts()) {
            for (int n : new int[] {0, 1, 7, 15, 20, 40}) {
                WorkingDayDate end = NATIONAL.addWorkingDays(start, n);
                WorkingDayCount count = NATIONAL.workingDaysBetween(start, end.date());

                assertThat(count.days()).as("%s + %d", start, n).isEqualTo(n);
                assertThat(count.certainty()).as("%s + %d", start, n).isEqualTo(end.certainty());
            }
        }
    }

    @Test
    void provisionalExactlyWhenAYearWithoutNoticeIsCrossed() {
        for (LocalDate start : starts()) {
            for (int n : new int[] {1, 20, 40}) {
                WorkingDayDate end = NATIONAL.addWorkingDays(start, n);
                boolean crossesUnknownYear =
                        start.plusDays(1).getYear() < 2019 || end.date().getYear() > 2026;

                assertThat(end.isProvisional()).as("%s + %d", start, n).isEqualTo(crossesUnknownYear);
            }
        }
    }
}
