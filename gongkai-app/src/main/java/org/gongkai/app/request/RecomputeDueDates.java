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
 * (or later: the count runs through it) — the reply's, and the payment's of a fee notice — are computed again
 * on the calendar, which answers with the new notice once the loading has committed; 暂定 goes when the
 * notice makes the day final.
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
        LocalDate from = LocalDate.of(year, 1, 1);
        java.util.Map<Long, DisclosureRequest> reaching = new java.util.LinkedHashMap<>();
        requests.findByStateInAndDueOnGreaterThanEqual(OPEN, from).forEach(r -> reaching.put(r.id(), r));
        requests.findByStateAndPaymentDueOnGreaterThanEqual(RequestState.AWAITING_PAYMENT, from)
                .forEach(r -> reaching.putIfAbsent(r.id(), r));
        int changed = 0;
        for (DisclosureRequest r : reaching.values()) {
            LocalDate before = r.dueOn();
            LocalDate paymentBefore = r.paymentDueOn();
            boolean provisionalBefore = r.dueProvisional();
            r.recompute(calendar);
            if (!r.dueOn().equals(before)
                    || r.dueProvisional() != provisionalBefore
                    || !java.util.Objects.equals(r.paymentDueOn(), paymentBefore)) {
                changed++;
            }
        }
        return changed;
    }
}
