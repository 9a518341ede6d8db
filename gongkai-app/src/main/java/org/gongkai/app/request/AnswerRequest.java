package org.gongkai.app.request;

import java.util.Map;
import java.util.Optional;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.letter.api.WithholdingGround;
import org.gongkai.app.request.api.RequestAnswered;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records the reply (条例第三十六条) and the day it was issued, with the request's
 * statistical outcome — a result row of table 3 of the edition of that day's year — and the article of the
 * 条例 it rests on. Publishes {@link RequestAnswered}.
 */
@Component
class AnswerRequest {
    private final StepSupport support;

    AnswerRequest(StepSupport support) {
        this.support = support;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        Optional<Outcome> outcome = Outcome.byKey(form.getOutcome());
        if (outcome.isEmpty()) {
            errors.rejectValue("outcome", "request.form.outcome.required");
        } else if (form.getOn() != null && !Outcome.offeredOn(form.getOn()).contains(outcome.get())) {
            errors.rejectValue(
                    "outcome",
                    "request.refused.outcomeNotInEdition",
                    new Object[] {String.valueOf(form.getOn().getYear())},
                    null);
        }
        if (!errors.hasFieldErrors("legalGround")) {
            if (form.getLegalGround() == null) {
                errors.rejectValue("legalGround", "request.form.legalGround.required");
            } else if (outcome.isPresent() && !outcome.get().grounds().contains(form.getLegalGround())) {
                errors.rejectValue("legalGround", "request.refused.groundNotForOutcome");
            }
        }
        String note = StepSupport.checkNote(form.getNote(), false, errors);
        String obtain = StepSupport.checkText(form.getObtain(), "obtain", errors);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            request.answered(form.getOn(), outcome.get(), form.getLegalGround());
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        IssuedLetter letter = null;
        Optional<LetterKind> kind = StepLetters.replyKind(outcome.get());
        if (kind.isPresent()) {
            WithholdingGround ground = StepLetters.withholdingGround(outcome.get());
            try {
                letter = support.letters.issue(
                        StepSupport.actor(staff),
                        request,
                        kind.get(),
                        support.letters
                                .about(request)
                                .ground(ground != null ? ground : form.getWithholding())
                                .howToObtain(obtain)
                                .build());
            } catch (LetterRefused refusal) {
                return StepLetters.refused(
                        refusal, Map.of("获取方式", "obtain", "条款", "withholding", "理由", "withholding"), errors);
            }
        }
        request.record(support.step(DisclosureRequest.Step.ANSWER, form.getOn(), staff)
                .outcome(outcome.get(), form.getLegalGround())
                .note(note)
                .letter(letter));
        support.publish(new RequestAnswered(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                outcome.get().key(),
                outcome.get().label(),
                form.getLegalGround().name(),
                note));
        return true;
    }
}
