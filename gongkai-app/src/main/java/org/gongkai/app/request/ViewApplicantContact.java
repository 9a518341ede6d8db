package org.gongkai.app.request;

import java.util.Optional;
import org.gongkai.app.request.api.ApplicantContactViewed;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling staff open an applicant's full contact details (条例 and the platform's rule: shown in full only to
 * them, each view in the record of actions), giving a reason. Publishes {@link ApplicantContactViewed}.
 */
@Component
class ViewApplicantContact {
    static final int MAX_REASON = 200;

    private final StepSupport support;

    ViewApplicantContact(StepSupport support) {
        this.support = support;
    }

    /** The full contact, or empty when the reason is missing or not plain text (the message key in {@code problem}). */
    @Transactional
    Optional<String> run(GongkaiUser staff, long id, String reason, String[] problem) {
        DisclosureRequest request = support.load(staff, id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problem[0] = "request.contact.reason.required";
        } else if (PlainText.hasHiddenCharacters(why) || why.length() > MAX_REASON) {
            problem[0] = "request.contact.reason.invalid";
        }
        if (problem[0] != null) {
            return Optional.empty();
        }
        support.publish(new ApplicantContactViewed(
                StepSupport.actor(staff), support.now(), staff.agency(), request.id(), request.trackingNumber(), why));
        return Optional.of(request.applicant().contact());
    }
}
