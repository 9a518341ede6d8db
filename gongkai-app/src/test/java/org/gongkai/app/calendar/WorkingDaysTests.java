package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCount;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDaysTests {

    private static final WorkingDays NATIONAL = WorkingDays.national();

    /** The test vectors of domain-spec §5.2, computed there with the §10 calendar. */
    @ParameterizedTest(name = "{0} + {1} 个工作日 = {2}")
    @CsvSource({
        "2025-09-26, 20, 2025-10-30", // application received on the Friday before National Day 2025
        "2025-10-30, 20, 2025-11-27", // the 20-working-day extension of 条例第三十三条 from there
        "2026-02-13, 20, 2026-03-19", // received the day before the 2026 Spring Festival run (02-14 is a 调休 Saturday)
        "2024-12-31, 20, 2025-02-05", // across the year and the 2025 Spring Festival
        "2020-01-20, 20, 2020-02-25", // across the 2020 Spring Festival as extended on 2020-01-27
        "2019-05-15, 20, 2019-06-13", // the day the 2019 条例 came into force; 端午 2019-06-07
        "2026-01-02, 7, 2026-01-12", // 补正 notice (条例第三十条), received during 元旦 2026; 01-04 is a 调休 Sunday
        "2025-04-25, 15, 2025-05-20", // third-party window (条例第三十二条) across 劳动节 2025
    })
    void specVectors(LocalDate start, int n, LocalDate expected) {
        WorkingDayDate result = NATIONAL.addWorkingDays(start, n);

        assertThat(result.date()).isEqualTo(expected);
        assertThat(result.certainty()).isEqualTo(Certainty.FINAL);
        assertThat(result.yearsWithoutNotice()).isEmpty();
    }

    @Test
    void theStartDayIsNotCounted() {
        // 民法典第二百零一条: received on Monday 2025-03-03, the first working day counted is Tuesday.
        assertThat(NATIONAL.addWorkingDays(LocalDate.parse("2025-03-03"), 1).date())
                .isEqualTo("2025-03-04");
        // Received on a Saturday: Monday is the first working day.
        assertThat(NATIONAL.addWorkingDays(LocalDate.parse("2025-03-08"), 1).date())
                .isEqualTo("2025-03-10");
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        WorkingDayDate result = NATIONAL.addWorkingDays(LocalDate.parse("2025-10-01"), 0);

        assertThat(result.date()).isEqualTo("2025-10-01");
        assertThat(result.certainty()).isEqualTo(Certainty.FINAL);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NATIONAL.addWorkingDays(LocalDate.parse("2025-10-01"), -1))
                .withMessageContaining("不能为负数");
    }

    @Test
    void workingDaysBetweenMeasuresAPause() {
        // A third party consulted from 2025-09-26 to 2025-10-30 (条例第三十二条): 20 working days not counted.
        WorkingDayCount pause =
                NATIONAL.workingDaysBetween(LocalDate.parse("2025-09-26"), LocalDate.parse("2025-10-30"));

        assertThat(pause.days()).isEqualTo(20);
        assertThat(pause.certainty()).isEqualTo(Certainty.FINAL);
        assertThat(NATIONAL.workingDaysBetween(LocalDate.parse("2025-10-30"), LocalDate.parse("2025-09-26"))
                        .days())
                .isZero();
    }

    /**
     * A holiday week as the State Council announced it: every day of the run is off, every 调休 weekend day is a
     * working day.
     */
    record HolidayWeek(String name, LocalDate firstOff, LocalDate lastOff, List<LocalDate> adjustedWorkingDays) {
        static HolidayWeek of(String name, String firstOff, String lastOff, String... adjusted) {
            return new HolidayWeek(
                    name,
                    LocalDate.parse(firstOff),
                    LocalDate.parse(lastOff),
                    Stream.of(adjusted).map(LocalDate::parse).toList());
        }

        @Override
        public String toString() {
            return name + " " + firstOff + "…" + lastOff + " 调休上班 " + adjustedWorkingDays;
        }
    }

    static Stream<HolidayWeek> springFestivalAndNationalDayWeeks() {
        return Stream.of(
                HolidayWeek.of("2019 春节", "2019-02-04", "2019-02-10", "2019-02-02", "2019-02-03"),
                HolidayWeek.of("2019 国庆节", "2019-10-01", "2019-10-07", "2019-09-29", "2019-10-12"),
                // extended from 01-30 to 02-02 on 2020-01-27; 02-01 had been a 调休 Saturday
                HolidayWeek.of("2020 春节", "2020-01-24", "2020-02-02", "2020-01-19"),
                HolidayWeek.of("2020 国庆节、中秋节", "2020-10-01", "2020-10-08", "2020-09-27", "2020-10-10"),
                HolidayWeek.of("2021 春节", "2021-02-11", "2021-02-17", "2021-02-07", "2021-02-20"),
                HolidayWeek.of("2021 国庆节", "2021-10-01", "2021-10-07", "2021-09-26", "2021-10-09"),
                HolidayWeek.of("2022 春节", "2022-01-31", "2022-02-06", "2022-01-29", "2022-01-30"),
                HolidayWeek.of("2022 国庆节", "2022-10-01", "2022-10-07", "2022-10-08", "2022-10-09"),
                HolidayWeek.of("2023 春节", "2023-01-21", "2023-01-27", "2023-01-28", "2023-01-29"),
                HolidayWeek.of("2023 中秋节、国庆节", "2023-09-29", "2023-10-06", "2023-10-07", "2023-10-08"),
                HolidayWeek.of("2024 春节", "2024-02-10", "2024-02-17", "2024-02-04", "2024-02-18"),
                HolidayWeek.of("2024 国庆节", "2024-10-01", "2024-10-07", "2024-09-29", "2024-10-12"),
                HolidayWeek.of("2025 春节", "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08"),
                HolidayWeek.of("2025 国庆节、中秋节", "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11"),
                HolidayWeek.of("2026 春节", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"),
                HolidayWeek.of("2026 国庆节", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("springFestivalAndNationalDayWeeks")
    void realHolidayWeeks(HolidayWeek week) {
        for (LocalDate day = week.firstOff(); !day.isAfter(week.lastOff()); day = day.plusDays(1)) {
            assertThat(NATIONAL.isWorkingDay(day)).as("%s 放假", day).isFalse();
        }
        for (LocalDate day : week.adjustedWorkingDays()) {
            assertThat(day.getDayOfWeek().getValue()).as("%s 是周末", day).isGreaterThanOrEqualTo(6);
            assertThat(NATIONAL.isWorkingDay(day)).as("%s 调休上班", day).isTrue();
        }
        // the day after the run is back at work (a weekday or a 调休 day) in every one of these years
        LocalDate next = week.lastOff().plusDays(1);
        if (next.getDayOfWeek().getValue() <= 5 || week.adjustedWorkingDays().contains(next)) {
            assertThat(NATIONAL.isWorkingDay(next)).as("%s 上班", next).isTrue();
        }
        assertThat(NATIONAL.isProvisional(week.firstOff())).isFalse();
    }

    @Test
    void aHolidayOnAWeekdayIsNotAWorkingDayAndAPlainWeekendIsNot() {
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2025-05-05")))
                .as("劳动节 Monday")
                .isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2025-03-08")))
                .as("plain Saturday")
                .isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2025-03-07")))
                .as("plain Friday")
                .isTrue();
        // 2024: 除夕 (02-09) was still a working day under the 2013 revision of the 办法
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2024-02-09"))).isTrue();
    }

    @Test
    void regionalHolidaysExtendTheNationalCalendar() {
        // e.g. a 自治州 gives its 少数民族 festival a day off (《全国年节及纪念日放假办法》第四条); made-up date
        HolidayCalendar regional = HolidayCalendar.national()
                .withRegionalHolidays(HolidayFileParser.parseRegional("2025-03-12 off  民族节日（示例）\n"));
        WorkingDays local = NATIONAL.withCalendar(regional);

        assertThat(local.isWorkingDay(LocalDate.parse("2025-03-12"))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2025-03-12"))).isTrue();
        assertThat(local.addWorkingDays(LocalDate.parse("2025-03-10"), 2).date())
                .isEqualTo("2025-03-13");
        assertThat(regional.hasNoticeFor(2025)).isTrue();
    }
}
