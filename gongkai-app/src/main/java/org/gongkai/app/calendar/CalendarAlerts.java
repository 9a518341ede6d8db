package org.gongkai.app.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.OfficeNotice;
import org.gongkai.app.system.api.OfficeNotices;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/**
 * What the office home tells a platform administrator about the calendar (domain-spec §5.2: "alert the administrator
 * to load the notice"): in December, that next year's notice is missing; at any time, that deadlines starting today
 * are 暂定 because they reach a year without a notice. Other people get no calendar alert: they see 暂定 next to each
 * such deadline instead.
 *
 * <p>The office home shows them as {@link OfficeNotice}s, with a link to the calendar page.
 */
@Component
class CalendarAlerts implements OfficeNotices {

    private final CalendarService calendar;
    private final Clock clock;

    CalendarAlerts(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<OfficeNotice> noticesFor(GongkaiUser user) {
        return alertsFor(user, LocalDate.now(clock)).stream()
                .map(a -> new OfficeNotice(a.key(), a.args(), "/office/platform/calendar", "calendar.alert.action"))
                .toList();
    }

    /** The alerts for {@code user} today (Beijing time); empty for anyone but a platform administrator. */
    List<CalendarAlert> alertsFor(GongkaiUser user) {
        return alertsFor(user, LocalDate.now(clock));
    }

    /** The alerts for {@code user} on {@code today}. */
    List<CalendarAlert> alertsFor(GongkaiUser user, LocalDate today) {
        if (user == null || !user.may(Permission.ADMINISTER_PLATFORM)) {
            return List.of();
        }
        List<CalendarAlert> alerts = new ArrayList<>();
        SortedSet<Integer> missing = calendar.missingNoticeYears(today);
        int nextYear = today.getYear() + 1;
        if (today.getMonth() == Month.DECEMBER && !calendar.hasNoticeFor(nextYear)) {
            alerts.add(new CalendarAlert("calendar.alert.nextYearMissing", List.of(String.valueOf(nextYear))));
            missing.remove(nextYear);
        }
        if (!missing.isEmpty()) {
            String years = missing.stream().map(String::valueOf).collect(Collectors.joining("、"));
            alerts.add(new CalendarAlert("calendar.alert.provisional", List.of(years)));
        }
        return alerts;
    }

    /** Whether next year's notice is missing in December: the daily check warns then. */
    boolean nextYearMissingInDecember(LocalDate today) {
        return today.getMonth() == Month.DECEMBER && !calendar.hasNoticeFor(today.getYear() + 1);
    }
}
