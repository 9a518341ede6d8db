package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.app.request.api.CorrectedRequestReceived;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records the corrected request and the day it arrived: the 20 working days start
 * again from that day (条例第三十条). Publishes {@link CorrectedRequestReceived}. The applicant may also send
 * the correction online ({@link #byApplicant}): then the platform records it, on today's date.
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

    /**
     * The applicant sends the corrected request online, from the tracking page (after the tracking number and
     * access code were checked): recorded today by the platform, the text kept as the step's note. Returns the
     * new due date, or empty with the errors told at {@code note} (or the form).
     */
    @Transactional
    Optional<LocalDate> byApplicant(String trackingNumber, String text, Errors errors) {
        String note = StepSupport.checkNote(text, true, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        DisclosureRequest request = support.requests
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("request " + trackingNumber + " not found"));
        LocalDate today = support.today();
        try {
            request.clarificationReceived(today, support.calendar);
        } catch (StepRefused refusal) {
            StepSupport.refused(refusal, errors);
            return Optional.empty();
        }
        request.record(support.step(DisclosureRequest.Step.RECEIVE_CLARIFICATION, today, null)
                .note(note));
        support.publish(new CorrectedRequestReceived(
                Actor.system(),
                support.now(),
                new AgencyId(request.agencyId()),
                request.id(),
                request.trackingNumber(),
                today,
                request.dueOn()));
        return Optional.of(request.dueOn());
    }
}
