package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.appeal.api.AppealResultRecorded;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records the decision of a pending case of its agency (维持, 纠正 or 其他结果) and the
 * day it was made. A case already decided is refused: changing a result is {@link CorrectResult}. Publishes
 * {@link AppealResultRecorded}.
 */
@Component
class RecordResult {
    private final Appeals appeals;
    private final AppealHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordResult(Appeals appeals, AppealHistory history, ApplicationEventPublisher events, Clock clock) {
        this.appeals = appeals;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Optional<Appeal> run(GongkaiUser staff, long id, ResultForm form, Errors errors) {
        Appeal appeal = appeals.findByIdAndAgencyId(id, staff.agencyId()).orElseThrow(NotFound::new);
        if (form.getResult() != null && !form.getResult().decided() && !errors.hasFieldErrors("result")) {
            errors.rejectValue("result", "appeal.result.decisionRequired");
        }
        AppealRules.decision(form.getResult(), form.getDecidedOn(), appeal.filedOn(), LocalDate.now(clock), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            appeal.recordResult(form.getResult(), form.getDecidedOn());
        } catch (AppealRefused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Actor actor = Actor.of(staff);
        history.save(
                new AppealHistoryEntry(appeal, now, actor.name(), AppealHistoryEntry.Action.RESULT_RECORDED, null));
        events.publishEvent(new AppealResultRecorded(
                actor,
                now,
                staff.agency(),
                appeal.id(),
                appeal.kind(),
                appeal.caseNumber(),
                appeal.result(),
                appeal.decidedOn()));
        return Optional.of(appeal);
    }
}
