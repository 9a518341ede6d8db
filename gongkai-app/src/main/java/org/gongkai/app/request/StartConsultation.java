package org.gongkai.app.request;

import java.util.Map;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.request.api.ConsultationStarted;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office sent a consultation letter (征求意见书) to a third party (第三十二条) or to another
 * agency (第三十四条) on a day: the reply clock pauses until the consultation ends. Publishes {@link
 * ConsultationStarted}.
 */
@Component
class StartConsultation {
    private final StepSupport support;

    StartConsultation(StepSupport support) {
        this.support = support;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        if (form.getConsultationKind() == null && !errors.hasFieldErrors("consultationKind")) {
            errors.rejectValue("consultationKind", "request.form.consultationKind.required");
        }
        String party = form.getParty().strip();
        if (party.isEmpty()) {
            errors.rejectValue("party", "request.form.party.required");
        } else if (PlainText.hasHiddenCharacters(party)) {
            errors.rejectValue("party", "text.hiddenCharacters");
        } else if (party.length() > StepSupport.PARTY_LENGTH) {
            errors.rejectValue("party", "request.tooLong", new Object[] {StepSupport.PARTY_LENGTH}, null);
        }
        String note = StepSupport.checkNote(form.getNote(), false, errors);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            request.consultationStarted(form.getOn(), form.getConsultationKind(), party);
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        IssuedLetter letter;
        try {
            letter = support.letters.issue(
                    StepSupport.actor(staff),
                    request,
                    form.getConsultationKind() == ConsultationKind.OTHER_AGENCY
                            ? LetterKind.AGENCY_CONSULTATION
                            : LetterKind.THIRD_PARTY_CONSULTATION,
                    support.letters
                            .about(request)
                            .addressee(party)
                            .consultationDueOn(support.calendar
                                    .addWorkingDays(form.getOn(), StepLetters.CONSULTATION_WORKING_DAYS)
                                    .date())
                            .build());
        } catch (LetterRefused refusal) {
            return StepLetters.refused(refusal, Map.of("收件人", "party"), errors);
        }
        request.record(support.step(DisclosureRequest.Step.START_CONSULTATION, form.getOn(), staff)
                .party(party)
                .note(note)
                .letter(letter));
        support.publish(new ConsultationStarted(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                form.getConsultationKind().name(),
                party));
        return true;
    }
}
