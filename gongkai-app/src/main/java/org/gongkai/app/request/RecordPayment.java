package org.gongkai.app.request;

import org.gongkai.app.request.api.FeePaid;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The disclosure office records that the applicant paid the fee, and on which day. Publishes {@link FeePaid}. */
@Component
class RecordPayment {
    private final StepSupport support;

    RecordPayment(StepSupport support) {
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
            request.feePaid();
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        long amount = request.feeAmount() == null ? 0 : request.feeAmount();
        request.record(support.step(DisclosureRequest.Step.PAY_FEE, form.getOn(), staff)
                .amount(amount)
                .note(note));
        support.publish(new FeePaid(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                amount));
        return true;
    }
}
