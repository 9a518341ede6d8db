package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.EnumSet;
import org.gongkai.app.calendar.api.HolidayNoticeLoaded;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a holiday notice is loaded for a year, the stored due days of the open requests that reach that year
 * (or later: the count runs through it) are computed again on the calendar, which answers with the new
 * notice once the loading has committed; 暂定 goes when the notice makes the day final.
 */
@Component
class RecomputeDueDates {
    static final EnumSet<RequestState> OPEN = EnumSet.of(
            RequestState.IN_PROCESS,
            RequestState.AWAITING_CLARIFICATION,
            RequestState.CONSULTING,
            RequestState.AWAITING_PAYMENT);

    private final DisclosureRequests requests;
    private final WorkingDayCalendar calendar;

    RecomputeDueDates(DisclosureRequests requests, WorkingDayCalendar calendar) {
        this.requests = requests;
        this.calendar = calendar;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(HolidayNoticeLoaded loaded) {
        recomputeReaching(loaded.year());
    }

    /** Recomputes the open requests due in {@code year} or later; how many changed. */
    @Transactional
    int recomputeReaching(int year) {
        int changed = 0;
        for (DisclosureRequest r : requests.findByStateInAndDueOnGreaterThanEqual(OPEN, LocalDate.of(year, 1, 1))) {
            LocalDate before = r.dueOn();
            boolean provisionalBefore = r.dueProvisional();
            r.recompute(calendar);
            if (!r.dueOn().equals(before) || r.dueProvisional() != provisionalBefore) {
                changed++;
            }
        }
        return changed;
    }
}
