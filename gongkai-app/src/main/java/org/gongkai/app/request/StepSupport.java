package org.gongkai.app.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.gongkai.app.system.api.RecordedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every step's use case shares: the request of the user's agency (404 otherwise), today in the
 * platform's clock, the timeline entry with its actor, the checks of a step's day and note, and a refusal
 * ({@link StepRefused}) told at the form in Chinese.
 */
@Component
class StepSupport {
    static final int NOTE_LENGTH = 2000;
    static final int PARTY_LENGTH = 200;

    final DisclosureRequests requests;
    final WorkingDayCalendar calendar;
    final StepLetters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepSupport(
            DisclosureRequests requests,
            WorkingDayCalendar calendar,
            StepLetters letters,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.calendar = calendar;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    /** The request {@code id} of the staff member's agency. */
    DisclosureRequest load(GongkaiUser staff, long id) {
        return requests.findByIdAndAgencyId(id, staff.agencyId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Who did it: the person, or the platform ({@code staff} null: the daily job). */
    static Actor actor(GongkaiUser staff) {
        return staff == null ? Actor.system() : Actor.of(staff);
    }

    /** A timeline entry of {@code kind} on {@code on}, by {@code staff} (null: the platform). */
    RequestStep step(DisclosureRequest.Step kind, LocalDate on, GongkaiUser staff) {
        Actor actor = actor(staff);
        return new RequestStep(kind, on, staff == null ? null : staff.personId(), actor.name(), now());
    }

    void publish(RecordedAction event) {
        events.publishEvent(event);
    }

    /** The day of a step: given, not in the future, not before the request was received. */
    void checkDay(DisclosureRequest request, LocalDate day, String field, Errors errors) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (day == null) {
            errors.rejectValue(field, "request.form.day.required");
        } else if (day.isAfter(today())) {
            errors.rejectValue(field, "request.form.day.future");
        } else if (day.isBefore(request.receivedOn())) {
            errors.rejectValue(
                    field,
                    "request.form.day.beforeReceipt",
                    new Object[] {ChineseDates.format(request.receivedOn())},
                    null);
        }
    }

    /** A note (what to correct, why extend, the answer's remark): stripped; required when {@code required}. */
    static String checkNote(String note, boolean required, Errors errors) {
        String text = note.strip();
        if (text.isEmpty() && required) {
            errors.rejectValue("note", "request.form.note.required");
        } else if (text.length() > NOTE_LENGTH) {
            errors.rejectValue("note", "request.tooLong", new Object[] {NOTE_LENGTH}, null);
        } else if (PlainText.hasHiddenCharacters(text)) {
            errors.rejectValue("note", "text.hiddenCharacters");
        }
        return text;
    }

    /** A text a letter quotes (获取方式, 缴费方式): stripped, checked like a note; blank is left to the letter. */
    static String checkText(String value, String field, Errors errors) {
        String text = value.strip();
        if (text.length() > NOTE_LENGTH) {
            errors.rejectValue(field, "request.tooLong", new Object[] {NOTE_LENGTH}, null);
        } else if (PlainText.hasHiddenCharacters(text)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        }
        return text;
    }

    /** Tells the refusal at the form, in Chinese: states, steps and days are resolved to their words. */
    static boolean refused(StepRefused refusal, Errors errors) {
        Object[] args = refusal.arguments().stream().map(StepSupport::word).toArray();
        errors.reject(refusal.messageKey(), args, null);
        return false;
    }

    private static Object word(Object argument) {
        if (argument instanceof RequestState state) {
            return new DefaultMessageSourceResolvable("requestState." + state.name());
        }
        if (argument instanceof DisclosureRequest.Step step) {
            return new DefaultMessageSourceResolvable("request.step." + step.name());
        }
        if (argument instanceof LocalDate day) {
            return ChineseDates.format(day);
        }
        return argument;
    }
}
