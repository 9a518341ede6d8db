package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar as other modules use it: the shipped notices, the years a deadline starting today can reach without
 * a notice, regional extra holidays, the administrator's alerts and the daily December check.
 */
@IntegrationTest
class CalendarServiceIntegrationTests {

    static final String DAZHOU = "511700";

    @Autowired
    CalendarService calendar;

    @Autowired
    LoadHolidayNotice loadHolidayNotice;

    @Autowired
    CalendarAlerts alerts;

    @Autowired
    NoticeCheck noticeCheck;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetLoadedNotices() {
        jdbc.sql("DELETE FROM holiday_notice").update();
        calendar.reload();
    }

    @Test
    void answersWithTheShippedNoticesUntilOneIsLoaded() {
        // domain-spec §5.2 vectors
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 20))
                .isEqualTo(
                        new WorkingDayDate(LocalDate.parse("2025-10-30"), Certainty.FINAL, new java.util.TreeSet<>()));
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-13"), 20).date())
                .isEqualTo("2026-03-19");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue(); // 调休上班 Saturday
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-09-26"), LocalDate.parse("2025-10-30"))
                        .days())
                .isEqualTo(20);
        assertThat(calendar.hasNoticeFor(2026)).isTrue();
        assertThat(calendar.hasNoticeFor(2027)).isFalse();
    }

    @Test
    void theMissingYearsAreThoseADeadlineStartingTodayCanReach() {
        assertThat(calendar.missingNoticeYears(LocalDate.parse("2026-06-01"))).isEmpty();
        assertThat(calendar.missingNoticeYears(LocalDate.parse("2026-12-01"))).containsExactly(2027);
        // 60 working days after 2026-09-01 end in early December
        assertThat(calendar.missingNoticeYears(LocalDate.parse("2026-09-01"))).isEmpty();
        assertThat(calendar.missingNoticeYears(LocalDate.parse("2030-03-01"))).containsExactly(2030);
        assertThat(calendar.missingNoticeYears(LocalDate.parse("2030-12-01"))).containsExactly(2030, 2031);
    }

    @Test
    void aLoadedNationalNoticeReplacesTheShippedFileOfItsYear() {
        // a made-up change: 2026-03-02 (Monday) off
        loadHolidayNotice.load(
                2026, CalendarService.NATIONAL, "测试", "2026-03-02 off 测试假日\n", CalendarPeople.platformAdmin());

        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isTrue(); // the shipped 春节 is gone
        assertThat(calendar.years(LocalDate.parse("2026-11-26")))
                .filteredOn(y -> y.year() == 2026)
                .singleElement()
                .satisfies(y -> {
                    assertThat(y.origin()).isEqualTo(CalendarYear.Origin.LOADED);
                    assertThat(y.replacesShippedFile()).isTrue();
                    assertThat(y.loadedBy()).isEqualTo("日历管理员（calendar-admin）");
                });
    }

    @Test
    void regionalExtraHolidaysApplyOnlyWhenTheRegionIsAskedFor() {
        // a made-up 少数民族 festival of a prefecture on Wednesday 2026-03-18
        loadHolidayNotice.load(
                2026, DAZHOU, "某州人民政府关于某节放假的通知（测试）", "2026-03-18 off 某节\n", CalendarPeople.platformAdmin());

        LocalDate festival = LocalDate.parse("2026-03-18");
        assertThat(calendar.forRegion(DAZHOU).isWorkingDay(festival)).isFalse();
        assertThat(calendar.isWorkingDay(festival)).isTrue();
        assertThat(calendar.forRegion("500000").isWorkingDay(festival)).isTrue();
        assertThat(calendar.forRegion(DAZHOU)
                        .addWorkingDays(LocalDate.parse("2026-03-16"), 3)
                        .date())
                .isEqualTo("2026-03-20");
        assertThat(calendar.forRegion(DAZHOU).isWorkingDay(LocalDate.parse("2026-02-16")))
                .isFalse(); // national 春节
        assertThat(calendar.years(LocalDate.parse("2026-11-26")))
                .filteredOn(y -> !y.national())
                .singleElement()
                .satisfies(y -> assertThat(y.region()).isEqualTo(DAZHOU));
        // extra holidays are not a State Council notice: a region's 2027 is still provisional
        assertThat(calendar.hasNoticeFor(2027)).isFalse();
    }

    @Test
    void anInvalidNoticeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> loadHolidayNotice.load(
                        2027, CalendarService.NATIONAL, "测试", "2027-01-01 holiday 元旦", CalendarPeople.platformAdmin()))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageContaining("第1行");
        assertThatThrownBy(() ->
                        loadHolidayNotice.load(2027, "达州", "测试", "2027-01-01 off 元旦", CalendarPeople.platformAdmin()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM holiday_notice")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void platformAdministratorsAreAlertedInDecemberWhenNextYearsNoticeIsMissing() {
        assertThat(alerts.alertsFor(CalendarPeople.platformAdmin(), LocalDate.parse("2026-12-01")))
                .containsExactly(new CalendarAlert("calendar.alert.nextYearMissing", List.of("2027")));
        assertThat(alerts.alertsFor(CalendarPeople.platformAdmin(), LocalDate.parse("2026-06-01")))
                .isEmpty();
        assertThat(alerts.alertsFor(CalendarPeople.agencyAdmin(), LocalDate.parse("2026-12-01")))
                .isEmpty();
        assertThat(noticeCheck.check(LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(noticeCheck.check(LocalDate.parse("2026-11-30"))).isFalse();
    }

    @Test
    void beforeDecemberTheAlertSaysWhichYearsMakeDeadlinesProvisional() {
        // 60 working days after 2026-11-02 reach into 2027
        assertThat(alerts.alertsFor(CalendarPeople.platformAdmin(), LocalDate.parse("2026-11-02")))
                .containsExactly(new CalendarAlert("calendar.alert.provisional", List.of("2027")));
    }

    @Test
    void theAlertEndsWhenTheNoticeIsLoaded() throws Exception {
        loadHolidayNotice.load(
                2027,
                CalendarService.NATIONAL,
                "虚构的2027年节假日安排（测试）",
                CalendarAdminIntegrationTests.resource("calendar/made-up-2027.txt"),
                CalendarPeople.platformAdmin());

        assertThat(alerts.alertsFor(CalendarPeople.platformAdmin(), LocalDate.parse("2026-12-01")))
                .isEmpty();
        assertThat(noticeCheck.check(LocalDate.parse("2026-12-01"))).isFalse();
    }
}
