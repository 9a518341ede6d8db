package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.letter.api.LetterKind;

/**
 * What an applicant sees of their request once they gave its tracking number and access code: the agency,
 * the state, the receipt and due dates, what they may do next, and the steps so far as a timeline (from what
 * the request records; the staff steps add their own entries). No identity number, no contact details.
 *
 * @param nextStepKey the message key of what the applicant may do now ({@code track.next.<STATE>})
 * @param letters the letters sent to the applicant, by the step that issued them (not the consultation letters,
 *     which go to a third party or another agency)
 */
record TrackedRequest(
        String trackingNumber,
        String agencyName,
        RequestState state,
        LocalDate receivedOn,
        LocalDate dueOn,
        boolean dueProvisional,
        String nextStepKey,
        List<Entry> timeline,
        List<Letter> letters) {

    /** One step of the request: its day (or null), the message key saying what happened, and its argument. */
    record Entry(LocalDate on, String key, String argument) {}

    /** A letter the applicant may download: the step's day and kind, the letter's kind, 文号 and id. */
    record Letter(LocalDate on, DisclosureRequest.Step step, LetterKind kind, String documentNumber, long id) {
        public String stepKey() {
            return "request.step." + step.name();
        }

        public String kindKey() {
            return "letterKind." + kind.name();
        }
    }

    /** Whether the applicant sees a step's letter: all but the consultation letters, addressed to others. */
    static boolean toApplicant(RequestStep step) {
        return step.letterId() != null
                && step.letterKind() != LetterKind.THIRD_PARTY_CONSULTATION
                && step.letterKind() != LetterKind.AGENCY_CONSULTATION;
    }

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
        List<Letter> letters = request.steps().stream()
                .filter(TrackedRequest::toApplicant)
                .map(s -> new Letter(s.onDate(), s.kind(), s.letterKind(), s.letterNumber(), s.letterId()))
                .toList();
        return new TrackedRequest(
                request.trackingNumber(),
                agencyName,
                request.state(),
                request.receivedOn(),
                request.dueOn(),
                request.dueProvisional(),
                "track.next." + request.state().name(),
                List.copyOf(timeline),
                letters);
    }
}
