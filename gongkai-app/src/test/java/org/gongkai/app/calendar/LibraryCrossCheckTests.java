package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-check of the §10 data against an independent source: the official holiday data of the tyme4j Chinese calendar
 * library (6tail, {@code com.tyme.holiday.LegalHoliday}), which covers the notices of 2019–2026.
 *
 * <p>Findings (tyme4j 1.4.9): the working-day answer agrees on every date from 2018-12-29 to 2026-12-31. The entries
 * differ only where nothing follows from it: tyme4j also lists weekend days merged into a holiday run (与周末连休,
 * e.g. 2019-04-06/07, 2023-12-30/31), which §10 leaves out; and §10 lists Monday 2020-02-03 as a 调休 working day
 * (the day work resumed after the 2020 extension), which tyme4j leaves out. Both are working-day neutral.
 */
class LibraryCrossCheckTests {

    private static final LocalDate FIRST = LocalDate.parse("2018-12-29");
    private static final LocalDate LAST = LocalDate.parse("2026-12-31");
    private static final WorkingDays NATIONAL = WorkingDays.national();

    @Test
    void everyDateAgreesWithTheLibrarysOfficialHolidayData() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LegalHoliday theirs = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            boolean theirWorkingDay = theirs != null ? theirs.isWork() : !isWeekend(day);
            if (theirWorkingDay != NATIONAL.isWorkingDay(day)) {
                disagreements.add(day + " " + day.getDayOfWeek() + ": ours "
                        + NATIONAL.calendar().find(day) + ", tyme4j " + theirs);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void entriesDifferOnlyInWorkingDayNeutralWays() {
        List<LocalDate> onlyTheirs = new ArrayList<>();
        List<LocalDate> onlyOurs = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LegalHoliday theirs = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            var ours = NATIONAL.calendar().entry(day);
            if (theirs != null && ours.isEmpty()) {
                onlyTheirs.add(day);
            } else if (theirs == null && ours.isPresent()) {
                onlyOurs.add(day);
            } else if (theirs != null) {
                assertThat(ours.get() == DayType.WORK).as("%s", day).isEqualTo(theirs.isWork());
            }
        }
        // weekend days of a holiday run that §10 does not list: all are weekends, and tyme4j says off
        assertThat(onlyTheirs).allMatch(LibraryCrossCheckTests::isWeekend);
        assertThat(onlyTheirs)
                .allMatch(day -> !LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                        .isWork());
        assertThat(onlyTheirs)
                .containsExactly(
                        LocalDate.parse("2019-04-06"), LocalDate.parse("2019-04-07"),
                        LocalDate.parse("2019-06-08"), LocalDate.parse("2019-06-09"),
                        LocalDate.parse("2019-09-14"), LocalDate.parse("2019-09-15"),
                        LocalDate.parse("2023-12-30"), LocalDate.parse("2023-12-31"),
                        LocalDate.parse("2024-06-08"), LocalDate.parse("2024-06-09"));
        // §10's "2020-02-03 work 春节": a Monday, a working day either way
        assertThat(onlyOurs).containsExactly(LocalDate.parse("2020-02-03"));
    }

    @Test
    void everyStatutoryHolidayIsOffInTheNotices() {
        // The notices arrange the days of 《全国年节及纪念日放假办法》第二条 and add bridges; none may be a working day.
        // This pins the lunar and solar-term computation of the provisional calendar against eight real years.
        for (int year = 2019; year <= 2026; year++) {
            for (Map.Entry<LocalDate, String> holiday :
                    StatutoryHolidays.standard().holidaysOf(year).entrySet()) {
                assertThat(NATIONAL.isWorkingDay(holiday.getKey()))
                        .as("%s %s", holiday.getKey(), holiday.getValue())
                        .isFalse();
                if (!isWeekend(holiday.getKey())) {
                    assertThat(NATIONAL.calendar().entry(holiday.getKey()))
                            .as("%s %s", holiday.getKey(), holiday.getValue())
                            .contains(DayType.OFF);
                }
            }
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
