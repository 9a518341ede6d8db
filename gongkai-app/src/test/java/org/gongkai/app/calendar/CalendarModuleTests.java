package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.app.calendar.api.HolidayNoticeLoaded;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calendar module on its own (with the system module): loading a notice publishes {@link
 * HolidayNoticeLoaded}, and by the time it arrives the calendar already answers with the new notice, so
 * a listener that recomputes 暂定 deadlines gets final ones.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class CalendarModuleTests {
    @Autowired
    LoadHolidayNotice loadHolidayNotice;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void loadingANoticePublishesHolidayNoticeLoadedAndTheCalendarAnswersWithIt(Scenario scenario) {
        String notice = "2031-01-01 off 元旦\n2031-10-01 off 国庆节\n2031-10-02 off 国庆节\n2031-10-11 work 国庆节\n";

        scenario.stimulate(() -> loadHolidayNotice.load(2031, "CN", "模块测试通知", notice, CalendarPeople.platformAdmin()))
                .andWaitForEventOfType(HolidayNoticeLoaded.class)
                .matching(e -> e.year() == 2031)
                .toArriveAndVerify(e -> {
                    assertThat(e.region()).isEqualTo(HolidayNoticeLoaded.NATIONAL);
                    assertThat(e.source()).isEqualTo("模块测试通知");
                    assertThat(calendar.isWorkingDay(LocalDate.parse("2031-10-11")))
                            .as("a Saturday, 调休上班")
                            .isTrue();
                    assertThat(calendar.isWorkingDay(LocalDate.parse("2031-10-02")))
                            .isFalse();
                });
    }
}
