package org.gongkai.app.request;

import org.gongkai.app.request.api.ConsultationEnded;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The consultation ended on a day (the answer arrived, or the 15 working days passed): the working days it
 * took lengthen the reply period (条例第三十三条第三款). Publishes {@link ConsultationEnded}.
 */
@Component
class EndConsultation {
    private final StepSupport support;

    EndConsultation(StepSupport support) {
        this.support = support;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        String note = StepSupport.checkNote(form.getNote(), false, errors);
        if (errors.hasErrors()) {
            return false;
        }
        int pausedBefore = request.pausedWorkingDays();
        String party = request.consultedParty();
        try {
            request.consultationEnded(form.getOn(), support.calendar);
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        int paused = request.pausedWorkingDays() - pausedBefore;
        request.record(support.step(DisclosureRequest.Step.END_CONSULTATION, form.getOn(), staff)
                .party(party)
                .workingDays(paused)
                .note(note));
        support.publish(new ConsultationEnded(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                paused,
                request.dueOn()));
        return true;
    }
}
