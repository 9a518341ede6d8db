package org.gongkai.app.request;

import org.gongkai.app.request.api.CorrectedRequestReceived;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records the corrected request and the day it arrived: the 20 working days start
 * again from that day (条例第三十条). Publishes {@link CorrectedRequestReceived}.
 */
@Component
class ReceiveCorrection {
    private final StepSupport support;

    ReceiveCorrection(StepSupport support) {
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
        try {
            request.clarificationReceived(form.getOn(), support.calendar);
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        request.record(support.step(DisclosureRequest.Step.RECEIVE_CLARIFICATION, form.getOn(), staff)
                .note(note));
        support.publish(new CorrectedRequestReceived(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                request.dueOn()));
        return true;
    }
}
