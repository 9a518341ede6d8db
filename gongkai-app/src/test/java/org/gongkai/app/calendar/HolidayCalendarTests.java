package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped national data: one file per notice year, each citing its State Council notice. */
class HolidayCalendarTests {

    private static final Path DATA = Path.of("src/main/resources", HolidayCalendar.NATIONAL_DIRECTORY);
    private static final HolidayCalendar NATIONAL = HolidayCalendar.national();

    @Test
    void everyDataFileIsListedInTheIndexAndViceVersa() throws IOException {
        List<Integer> files;
        try (Stream<Path> paths = Files.list(DATA)) {
            files = paths.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}\\.txt"))
                    .map(name -> Integer.parseInt(name.substring(0, 4)))
                    .sorted()
                    .toList();
        }
        assertThat(NATIONAL.noticeYears()).containsExactlyElementsOf(files);
        assertThat(files)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2019, 2026).boxed().toList());
    }

    @Test
    void everyFileCitesItsNoticeOnGovCn() {
        for (int year : NATIONAL.noticeYears()) {
            HolidayNotice notice = NATIONAL.notice(year).orElseThrow();
            assertThat(notice.sources())
                    .as("%d.txt", year)
                    .anyMatch(line -> line.contains("国务院办公厅关于" + year + "年部分节假日安排的通知"))
                    .anyMatch(line -> line.matches(".*https?://www\\.gov\\.cn/zhengce/zhengceku/.*\\.htm.*"));
        }
    }

    @Test
    void aYearWithoutANoticeHasNoFile() {
        assertThat(NATIONAL.hasNoticeFor(2026)).isTrue();
        assertThat(NATIONAL.hasNoticeFor(2027)).isFalse();
        assertThat(NATIONAL.hasNoticeFor(2018)).isFalse();
    }

    @Test
    void theNoticeOfAYearMayReachIntoTheDecemberBefore() {
        // 国务院办公厅关于2019年部分节假日安排的通知: 2018-12-30 至 2019-01-01 放假，2018-12-29（周六）上班
        assertThat(NATIONAL.entry(LocalDate.parse("2018-12-29"))).contains(DayType.WORK);
        assertThat(NATIONAL.entry(LocalDate.parse("2018-12-31"))).contains(DayType.OFF);
        assertThat(NATIONAL.find(LocalDate.parse("2022-12-31")).map(CalendarEntry::name))
                .contains("元旦");
        assertThat(NATIONAL.entry(LocalDate.parse("2025-03-07"))).isEmpty();
    }

    @Test
    void the2020SpringFestivalExtensionIsInTheData() {
        // 国务院办公厅关于延长2020年春节假期的通知 (2020-01-27): 02-01, originally a 调休 Saturday, became a day off
        assertThat(NATIONAL.entry(LocalDate.parse("2020-02-01"))).contains(DayType.OFF);
        assertThat(NATIONAL.entry(LocalDate.parse("2020-02-02"))).contains(DayType.OFF);
    }

    @Test
    void loadingANoticeReplacesTheOneOfTheSameYearAndLeavesTheOriginalUnchanged() {
        HolidayNotice correction = HolidayFileParser.parseNotice(2026, "2026-01-01 off  元旦\n");

        HolidayCalendar corrected = NATIONAL.withNotice(correction);

        assertThat(corrected.entry(LocalDate.parse("2026-01-04"))).isEmpty();
        assertThat(NATIONAL.entry(LocalDate.parse("2026-01-04"))).contains(DayType.WORK);
        assertThat(corrected.entry(LocalDate.parse("2025-10-08"))).contains(DayType.OFF);
    }

    @Test
    void regionalEntriesOverrideTheNationalOnesButAreNoNotice() {
        HolidayCalendar regional = NATIONAL.withRegionalHolidays(
                HolidayFileParser.parseRegional("2025-10-08 work  示例\n2027-03-12 off  民族节日（示例）\n"));

        assertThat(regional.entry(LocalDate.parse("2025-10-08"))).contains(DayType.WORK);
        assertThat(regional.entry(LocalDate.parse("2027-03-12"))).contains(DayType.OFF);
        assertThat(regional.hasNoticeFor(2027)).isFalse();
        assertThat(HolidayCalendar.empty().noticeYears()).isEmpty();
    }
}
