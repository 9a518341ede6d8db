package org.gongkai.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.appeal.api.AppealResultCorrected;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office corrects a case's recorded result — a wrong result or date, or a decision set aside
 * so the case is pending again — and says why; the old and new result stay in the case's history and the
 * record of actions. Publishes {@link AppealResultCorrected}.
 */
@Component
class CorrectResult {
    private final Appeals appeals;
    private final AppealHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectResult(Appeals appeals, AppealHistory history, ApplicationEventPublisher events, Clock clock) {
        this.appeals = appeals;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Optional<Appeal> run(GongkaiUser staff, long id, ResultForm form, Errors errors) {
        Appeal appeal = appeals.findByIdAndAgencyId(id, staff.agencyId()).orElseThrow(NotFound::new);
        AppealRules.decision(form.getResult(), form.getDecidedOn(), appeal.filedOn(), LocalDate.now(clock), errors);
        String reason = AppealRules.line(form.getReason(), "reason", 1000, true, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        AppealResult oldResult = appeal.result();
        LocalDate oldDecidedOn = appeal.decidedOn();
        try {
            appeal.correctResult(form.getResult(), form.getDecidedOn());
        } catch (AppealRefused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Actor actor = Actor.of(staff);
        history.save(
                new AppealHistoryEntry(appeal, now, actor.name(), AppealHistoryEntry.Action.RESULT_CORRECTED, reason));
        events.publishEvent(new AppealResultCorrected(
                actor,
                now,
                staff.agency(),
                appeal.id(),
                appeal.caseNumber(),
                oldResult,
                oldDecidedOn,
                appeal.result(),
                appeal.decidedOn(),
                reason));
        return Optional.of(appeal);
    }
}
