package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCount;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.junit.jupiter.api.Test;

/** Deadlines running into 2027, whose State Council notice is not published: 暂定 until it is loaded. */
class ProvisionalDeadlineTests {

    private static final WorkingDays NATIONAL = WorkingDays.national();
    private static final LocalDate RECEIVED = LocalDate.parse("2026-12-20");

    @Test
    void the2027HolidaysAreComputedFromTheLunarCalendarAndTheSolarTerms() {
        // 2024 revision of 《全国年节及纪念日放假办法》第二条, applied to 2027. Lunar new year 2027 is 02-06 (Saturday), so
        // 除夕 is Friday 02-05 and 初三 Monday 02-08.
        assertThat(StatutoryHolidays.standard().holidaysOf(2027))
                .containsEntry(LocalDate.parse("2027-01-01"), "元旦")
                .containsEntry(LocalDate.parse("2027-02-05"), "春节")
                .containsEntry(LocalDate.parse("2027-02-06"), "春节")
                .containsEntry(LocalDate.parse("2027-02-07"), "春节")
                .containsEntry(LocalDate.parse("2027-02-08"), "春节")
                .containsEntry(LocalDate.parse("2027-04-05"), "清明节")
                .containsEntry(LocalDate.parse("2027-05-01"), "劳动节")
                .containsEntry(LocalDate.parse("2027-05-02"), "劳动节")
                .containsEntry(LocalDate.parse("2027-06-09"), "端午节")
                .containsEntry(LocalDate.parse("2027-09-15"), "中秋节")
                .containsEntry(LocalDate.parse("2027-10-01"), "国庆节")
                .containsEntry(LocalDate.parse("2027-10-03"), "国庆节")
                .hasSize(13);
    }

    @Test
    void aDeadlineInto2027IsProvisionalAndSkipsNewYearsDay() {
        WorkingDayDate deadline = NATIONAL.addWorkingDays(RECEIVED, 20);

        // Dec 21–25 and 28–31 (9), 2027-01-01 off (statutory 元旦), Jan 4–8 (14), 11–15 (19), 18 (20).
        assertThat(deadline.date()).isEqualTo("2027-01-18");
        assertThat(deadline.certainty()).isEqualTo(Certainty.PROVISIONAL);
        assertThat(deadline.yearsWithoutNotice()).containsExactly(2027);
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(NATIONAL.isProvisional(LocalDate.parse("2027-01-01"))).isTrue();
    }

    @Test
    void theExtensionSkipsTheComputedSpringFestival() {
        WorkingDayDate extended = NATIONAL.addWorkingDays(RECEIVED, 40);

        // after 2027-01-18: Jan 19–22 (4), 25–29 (9), Feb 1–4 (13); 除夕 02-05 and 初三 02-08 off; Feb 9–12 (17),
        // 15, 16, 17 (20). With no holiday computed it would be 02-15.
        assertThat(extended.date()).isEqualTo("2027-02-17");
        assertThat(extended.isProvisional()).isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2027-02-05"))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2027-02-09"))).isTrue();
    }

    @Test
    void loadingThe2027NoticeMakesTheDeadlineFinal() throws IOException {
        HolidayNotice madeUp = HolidayFileParser.parseNotice(2027, testResource("calendar/made-up-2027.txt"));
        WorkingDays withNotice = NATIONAL.withCalendar(NATIONAL.calendar().withNotice(madeUp));

        WorkingDayDate deadline = withNotice.addWorkingDays(RECEIVED, 20);
        WorkingDayDate extended = withNotice.addWorkingDays(RECEIVED, 40);

        assertThat(deadline.date()).isEqualTo("2027-01-18");
        assertThat(deadline.certainty()).isEqualTo(Certainty.FINAL);
        // the made-up notice gives 02-05…02-12 off and a 调休 Saturday 02-20: Feb 15–19 (18), 20 (19), 22 (20)
        assertThat(extended.date()).isEqualTo("2027-02-22");
        assertThat(extended.certainty()).isEqualTo(Certainty.FINAL);
        assertThat(extended.yearsWithoutNotice()).isEmpty();
        assertThat(NATIONAL.addWorkingDays(RECEIVED, 40).isProvisional())
                .as("the calendar is immutable: the old calculator still says 暂定")
                .isTrue();
    }

    @Test
    void aCountWithinKnownYearsIsFinalAndOneInto2027IsNot() {
        assertThat(NATIONAL.workingDaysBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"))
                        .certainty())
                .isEqualTo(Certainty.FINAL);
        WorkingDayCount into2027 = NATIONAL.workingDaysBetween(RECEIVED, LocalDate.parse("2027-01-18"));
        assertThat(into2027.days()).isEqualTo(20);
        assertThat(into2027.yearsWithoutNotice()).containsExactly(2027);
    }

    @Test
    void article6MakeUpDaysCanBeSwitchedOn() {
        // 第六条: 全体公民放假的假日适逢周六、周日，应当在工作日补假. 2027: 初一、初二 fall on Sat/Sun, 劳动节 on Sat/Sun.
        var compensating =
                new StatutoryHolidays(List.of(StatutoryHolidays.REVISION_2013, StatutoryHolidays.REVISION_2024), true);

        assertThat(compensating.holidaysOf(2027))
                .containsEntry(LocalDate.parse("2027-02-09"), "春节（补假）")
                .containsEntry(LocalDate.parse("2027-02-10"), "春节（补假）")
                .containsEntry(LocalDate.parse("2027-05-03"), "劳动节（补假）")
                .containsEntry(LocalDate.parse("2027-05-04"), "劳动节（补假）");
        assertThat(StatutoryHolidays.standard().holidaysOf(2027)).doesNotContainKey(LocalDate.parse("2027-02-09"));
    }

    @Test
    void theRevisionInForceDependsOnTheYear() {
        assertThat(StatutoryHolidays.standard().revisionFor(2024)).isSameAs(StatutoryHolidays.REVISION_2013);
        assertThat(StatutoryHolidays.standard().revisionFor(2025)).isSameAs(StatutoryHolidays.REVISION_2024);
        // 2024 revision: 除夕 and 5月2日 are holidays; under the 2013 revision they were not
        assertThat(StatutoryHolidays.standard().holidaysOf(2024)).doesNotContainKey(LocalDate.parse("2024-02-09"));
        assertThat(StatutoryHolidays.standard().holidaysOf(2025)).containsKey(LocalDate.parse("2025-01-28"));
        // 2020: 中秋节 fell on 10月1日
        assertThat(StatutoryHolidays.standard().holidaysOf(2020))
                .containsEntry(LocalDate.parse("2020-10-01"), "中秋节、国庆节");
    }

    private static String testResource(String name) throws IOException {
        try (InputStream in = ProvisionalDeadlineTests.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
