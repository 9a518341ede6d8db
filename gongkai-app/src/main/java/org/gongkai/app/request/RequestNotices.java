package org.gongkai.app.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.OfficeNotice;
import org.gongkai.app.system.api.OfficeNotices;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/**
 * What the office home tells the disclosure office about applications: how many are overdue, how many are
 * due within the next five working days (journeys: "公开办, Monday 9:00"), and how many were concluded as
 * abandoned in the last week (the daily job's lapses, {@link RecordLapses}).
 */
@Component
class RequestNotices implements OfficeNotices {
    static final int SOON_WORKING_DAYS = 5;
    private static final EnumSet<RequestState> CLOCK_RUNNING =
            EnumSet.of(RequestState.IN_PROCESS, RequestState.CONSULTING, RequestState.AWAITING_PAYMENT);

    /** How many days the office home tells of requests concluded as abandoned (the daily job's lapses). */
    static final int LAPSE_NOTICE_DAYS = 7;

    private static final EnumSet<RequestState> ABANDONED =
            EnumSet.of(RequestState.ABANDONED_NO_CLARIFICATION, RequestState.ABANDONED_NO_PAYMENT);

    private final DisclosureRequests requests;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    RequestNotices(DisclosureRequests requests, WorkingDayCalendar calendar, Clock clock) {
        this.requests = requests;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<OfficeNotice> noticesFor(GongkaiUser user) {
        if (!user.may(Permission.HANDLE_REQUESTS)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.addWorkingDays(today, SOON_WORKING_DAYS).date();
        var due = requests.findByAgencyIdAndStateInAndDueOnLessThanEqualOrderByDueOnAsc(
                user.agencyId(), CLOCK_RUNNING, soon);
        long overdue = due.stream().filter(r -> r.dueOn().isBefore(today)).count();
        List<OfficeNotice> notices = new ArrayList<>();
        if (overdue > 0) {
            notices.add(new OfficeNotice(
                    "request.notice.overdue",
                    List.of(String.valueOf(overdue)),
                    "/office/requests",
                    "request.notice.open"));
        }
        if (due.size() > overdue) {
            notices.add(new OfficeNotice(
                    "request.notice.dueSoon",
                    List.of(String.valueOf(due.size() - overdue), String.valueOf(SOON_WORKING_DAYS)),
                    "/office/requests",
                    "request.notice.open"));
        }
        long lapsed = requests.countByAgencyIdAndStateInAndConcludedOnGreaterThanEqual(
                user.agencyId(), ABANDONED, today.minusDays(LAPSE_NOTICE_DAYS - 1));
        if (lapsed > 0) {
            notices.add(new OfficeNotice(
                    "request.notice.lapsed",
                    List.of(String.valueOf(LAPSE_NOTICE_DAYS), String.valueOf(lapsed)),
                    "/office/requests?list=concluded",
                    "request.notice.open"));
        }
        return notices;
    }
}
