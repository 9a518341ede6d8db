package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.appeal.api.AppealRecorded;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.request.api.RequestDirectory;
import org.gongkai.app.request.api.RequestSummary;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records a reconsideration or lawsuit against the agency (条例第五十一条): its kind,
 * filing date, the reconsideration body or court, the case number, the request it is about (by tracking
 * number, of the same agency) if any, and its result if it is already decided. Publishes {@link
 * AppealRecorded}.
 */
@Component
class RecordAppeal {
    private final Appeals appeals;
    private final AppealHistory history;
    private final RequestDirectory requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordAppeal(
            Appeals appeals,
            AppealHistory history,
            RequestDirectory requests,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appeals = appeals;
        this.history = history;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Optional<Appeal> run(GongkaiUser staff, AppealForm form, Errors errors) {
        LocalDate today = LocalDate.now(clock);
        if (form.getKind() == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "appeal.kind.required");
        }
        LocalDate filedOn = form.getFiledOn();
        if (!errors.hasFieldErrors("filedOn")) {
            if (filedOn == null) {
                errors.rejectValue("filedOn", "appeal.filedOn.required");
            } else if (filedOn.isAfter(today)) {
                errors.rejectValue("filedOn", "appeal.filedOn.future");
            } else if (filedOn.isBefore(AppealRules.FIRST_REGULATIONS_IN_FORCE)) {
                errors.rejectValue("filedOn", "appeal.filedOn.beforeRegulations");
            }
        }
        String body = AppealRules.line(form.getBody(), "body", 200, true, errors);
        String caseNumber = AppealRules.line(form.getCaseNumber(), "caseNumber", 100, true, errors);
        if (form.getKind() != null
                && !errors.hasFieldErrors("caseNumber")
                && appeals.existsByAgencyIdAndKindAndCaseNumber(staff.agencyId(), form.getKind(), caseNumber)) {
            errors.rejectValue("caseNumber", "appeal.caseNumber.taken", new Object[] {caseNumber}, null);
        }
        String tracking = AppealRules.line(form.getTrackingNumber(), "trackingNumber", 32, false, errors);
        RequestSummary request = null;
        if (!tracking.isEmpty() && !errors.hasFieldErrors("trackingNumber")) {
            request = requests.findByTrackingNumber(staff.agency(), tracking).orElse(null);
            if (request == null) {
                errors.rejectValue("trackingNumber", "appeal.trackingNumber.unknown", new Object[] {tracking}, null);
            } else if (filedOn != null && filedOn.isBefore(request.receivedOn())) {
                errors.rejectValue(
                        "filedOn",
                        "appeal.filedOn.beforeRequest",
                        new Object[] {AppealRules.day(request.receivedOn())},
                        null);
            }
        }
        AppealRules.decision(form.getResult(), form.getDecidedOn(), filedOn, today, errors);
        String note = AppealRules.text(form.getNote(), "note", 2000, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Appeal appeal = new Appeal(
                staff.agencyId(),
                form.getKind(),
                filedOn,
                body,
                caseNumber,
                request == null ? null : request.id(),
                request == null ? null : request.trackingNumber(),
                note.isEmpty() ? null : note,
                staff.personId(),
                now);
        if (form.getResult() != AppealResult.PENDING) {
            appeal.recordResult(form.getResult(), form.getDecidedOn());
        }
        appeal = appeals.save(appeal);
        Actor actor = Actor.of(staff);
        history.save(new AppealHistoryEntry(appeal, now, actor.name(), AppealHistoryEntry.Action.RECORDED, null));
        events.publishEvent(new AppealRecorded(
                actor,
                now,
                staff.agency(),
                appeal.id(),
                appeal.kind(),
                caseNumber,
                body,
                filedOn,
                appeal.trackingNumber(),
                appeal.result(),
                appeal.decidedOn()));
        return Optional.of(appeal);
    }
}
