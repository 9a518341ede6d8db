package org.gongkai.app.request;

import java.util.Map;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.request.api.ClarificationRequested;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office asks the applicant, once and for everything, to correct the request by a day
 * (补正, 条例第三十条): the notice's day, the correct-by day, and what is to be corrected. Publishes {@link
 * ClarificationRequested}.
 */
@Component
class RequestClarification {
    private final StepSupport support;

    RequestClarification(StepSupport support) {
        this.support = support;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        if (!errors.hasFieldErrors("until")) {
            if (form.getUntil() == null) {
                errors.rejectValue("until", "request.form.until.required");
            } else if (form.getOn() != null && !form.getUntil().isAfter(form.getOn())) {
                errors.rejectValue("until", "request.refused.correctByAfterNotice");
            }
        }
        String note = StepSupport.checkNote(form.getNote(), true, errors);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            request.requestClarification(form.getOn(), form.getUntil());
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        IssuedLetter letter;
        try {
            letter = support.letters.issue(
                    StepSupport.actor(staff),
                    request,
                    LetterKind.CLARIFICATION_NOTICE,
                    support.letters
                            .about(request)
                            .clarificationItems(note)
                            .clarificationDueOn(form.getUntil())
                            .build());
        } catch (LetterRefused refusal) {
            return StepLetters.refused(refusal, Map.of("补正事项", "note", "补正期限", "until"), errors);
        }
        request.record(support.step(DisclosureRequest.Step.REQUEST_CLARIFICATION, form.getOn(), staff)
                .until(form.getUntil())
                .note(note)
                .letter(letter));
        support.publish(new ClarificationRequested(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                form.getUntil(),
                note));
        return true;
    }
}
