package org.gongkai.app.catalog;

import java.time.LocalDate;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * 条例第二十六条: "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开" — the
 * last day to publish an item is 20 working days after its 生成日期 on the platform's calendar
 * (holidays and 调休 working weekends; 暂定 in years without a State Council notice).
 */
@Component
class PublishDeadlines {
    static final int WORKING_DAYS = 20;

    private final WorkingDayCalendar calendar;

    PublishDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate of(LocalDate formedOn) {
        return calendar.addWorkingDays(formedOn, WORKING_DAYS).date();
    }
}
