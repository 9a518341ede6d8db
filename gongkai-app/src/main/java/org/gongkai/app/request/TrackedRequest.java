package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.app.calendar.api.ChineseDates;

/**
 * What an applicant sees of their request once they gave its tracking number and access code: the agency,
 * the state, the receipt and due dates, what they may do next, and the steps so far as a timeline (from what
 * the request records; the staff steps add their own entries). No identity number, no contact details.
 *
 * @param nextStepKey the message key of what the applicant may do now ({@code track.next.<STATE>})
 */
record TrackedRequest(
        String trackingNumber,
        String agencyName,
        RequestState state,
        LocalDate receivedOn,
        LocalDate dueOn,
        boolean dueProvisional,
        String nextStepKey,
        List<Entry> timeline) {

    /** One step of the request: its day (or null), the message key saying what happened, and its argument. */
    record Entry(LocalDate on, String key, String argument) {}

    /** The view of {@code request}; {@code submittedOn} is the day it was made online, or null. */
    static TrackedRequest of(DisclosureRequest request, String agencyName, LocalDate submittedOn) {
        List<Entry> timeline = new ArrayList<>();
        if (submittedOn != null) {
            timeline.add(new Entry(submittedOn, "track.entry.submitted", ""));
        }
        timeline.add(new Entry(request.receivedOn(), "track.entry.received", ""));
        if (request.clarificationDueOn() != null) {
            timeline.add(
                    new Entry(null, "track.entry.clarification", ChineseDates.format(request.clarificationDueOn())));
        }
        if (request.paymentDueOn() != null) {
            timeline.add(new Entry(null, "track.entry.payment", ChineseDates.format(request.paymentDueOn())));
        }
        if (request.answeredOn() != null) {
            timeline.add(new Entry(request.answeredOn(), "track.entry.answered", ""));
        }
        return new TrackedRequest(
                request.trackingNumber(),
                agencyName,
                request.state(),
                request.receivedOn(),
                request.dueOn(),
                request.dueProvisional(),
                "track.next." + request.state().name(),
                List.copyOf(timeline));
    }
}
