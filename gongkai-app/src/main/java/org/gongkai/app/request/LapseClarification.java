package org.gongkai.app.request;

import org.gongkai.app.request.api.ClarificationLapsed;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The correction period ended without a corrected request: 视为放弃申请 (条例第三十条), concluded today with
 * its own table-3 row (2021 edition （六）1). Recorded by the disclosure office, or by the daily job ({@link
 * RecordLapses}) as the platform. Publishes {@link ClarificationLapsed}.
 */
@Component
class LapseClarification {
    private final StepSupport support;

    LapseClarification(StepSupport support) {
        this.support = support;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        String note = StepSupport.checkNote(form.getNote(), false, errors);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            lapse(support.load(staff, id), staff, note);
            return true;
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
    }

    /** The daily job: the platform records the lapse of request {@code id}, whose period has ended. */
    @Transactional
    void byPlatform(long id) {
        support.requests.findById(id).ifPresent(request -> lapse(request, null, null));
    }

    private void lapse(DisclosureRequest request, GongkaiUser staff, String note) {
        var correctBy = request.clarificationDueOn();
        request.clarificationLapsed(support.today());
        request.record(support.step(DisclosureRequest.Step.LAPSE_CLARIFICATION, support.today(), staff)
                .until(correctBy)
                .outcome(request.outcome(), request.legalGround())
                .note(note));
        support.publish(new ClarificationLapsed(
                StepSupport.actor(staff),
                support.now(),
                new AgencyId(request.agencyId()),
                request.id(),
                request.trackingNumber(),
                correctBy,
                request.outcome().key()));
    }
}
