package org.gongkai.app.request;

import java.util.Map;
import java.util.Optional;
import org.gongkai.app.agency.api.StaffDirectory;
import org.gongkai.app.agency.api.StaffMember;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.request.api.DeadlineExtended;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records that the reply period was extended, once, by 1–20 working days, with the
 * approval of the head of the disclosure office (条例第三十三条: 经政府信息公开工作机构负责人同意): the approver is
 * named — a person of the agency who may {@link Permission#APPROVE_EXTENSIONS} — with the day of approval and
 * the reason. Publishes {@link DeadlineExtended}.
 */
@Component
class ExtendDeadline {
    private final StepSupport support;
    private final StaffDirectory staffDirectory;

    ExtendDeadline(StepSupport support, StaffDirectory staffDirectory) {
        this.support = support;
        this.staffDirectory = staffDirectory;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        if (!errors.hasFieldErrors("workingDays")) {
            if (form.getWorkingDays() == null) {
                errors.rejectValue("workingDays", "request.form.workingDays.required");
            } else if (form.getWorkingDays() < 1
                    || form.getWorkingDays() > DisclosureRequest.MAX_EXTENSION_WORKING_DAYS) {
                errors.rejectValue(
                        "workingDays",
                        "request.refused.extensionLength",
                        new Object[] {DisclosureRequest.MAX_EXTENSION_WORKING_DAYS},
                        null);
            }
        }
        Optional<StaffMember> approver = Optional.empty();
        if (!errors.hasFieldErrors("approver")) {
            if (form.getApprover() == null) {
                errors.rejectValue("approver", "request.form.approver.required");
            } else {
                approver = staffDirectory.peopleWhoMay(staff.agency(), Permission.APPROVE_EXTENSIONS).stream()
                        .filter(p -> p.id().value() == form.getApprover())
                        .findFirst();
                if (approver.isEmpty()) {
                    errors.rejectValue("approver", "request.form.approver.notApprover");
                }
            }
        }
        String note = StepSupport.checkNote(form.getNote(), true, errors);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            request.extend(form.getWorkingDays(), form.getOn(), support.calendar);
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        StaffMember by = approver.orElseThrow();
        IssuedLetter letter;
        try {
            letter = support.letters.issue(
                    StepSupport.actor(staff),
                    request,
                    LetterKind.EXTENSION_NOTICE,
                    support.letters
                            .about(request)
                            .extensionWorkingDays(form.getWorkingDays())
                            .reason(note)
                            .build());
        } catch (LetterRefused refusal) {
            return StepLetters.refused(refusal, Map.of("理由", "note", "延长天数", "workingDays"), errors);
        }
        request.record(support.step(DisclosureRequest.Step.EXTEND, form.getOn(), staff)
                .workingDays(form.getWorkingDays())
                .approver(by.id().value(), by.label())
                .note(note)
                .letter(letter));
        support.publish(new DeadlineExtended(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getWorkingDays(),
                by.label(),
                form.getOn(),
                request.dueOn(),
                note));
        return true;
    }
}
