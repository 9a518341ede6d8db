package org.gongkai.app.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.request.api.FeeNoticeSent;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records the fee notice (收费通知, 国办函〔2020〕109号) and the day it reached the
 * applicant: the amount is the information processing fee ({@link ProcessingFees}) by cases — counting the
 * applicant's earlier applications of the natural month (per agency or platform-wide, {@link
 * FeeSchedule#countPerAgency()}) — or by pages; the applicant has 20 working days from the next day to pay.
 * A quantity within the free allowance is no fee and is refused. Publishes {@link FeeNoticeSent}.
 */
@Component
class SendFeeNotice {
    private final StepSupport support;
    private final ProcessingFees fees;
    private final FeeSchedule schedule;
    private final MessageSource messages;

    SendFeeNotice(StepSupport support, ProcessingFees fees, FeeSchedule schedule, MessageSource messages) {
        this.support = support;
        this.fees = fees;
        this.schedule = schedule;
        this.messages = messages;
    }

    @Transactional
    boolean run(GongkaiUser staff, long id, StepForm form, Errors errors) {
        DisclosureRequest request = support.load(staff, id);
        support.checkDay(request, form.getOn(), "on", errors);
        if (form.getFeeBasis() == null && !errors.hasFieldErrors("feeBasis")) {
            errors.rejectValue("feeBasis", "request.form.feeBasis.required");
        }
        if (!errors.hasFieldErrors("quantity")) {
            if (form.getQuantity() == null) {
                errors.rejectValue("quantity", "request.form.quantity.required");
            } else if (form.getQuantity() < 1 || form.getQuantity() > 100_000) {
                errors.rejectValue("quantity", "request.form.quantity.range");
            }
        }
        String note = StepSupport.checkNote(form.getNote(), false, errors);
        String paymentMethod = StepSupport.checkText(form.getPaymentMethod(), "paymentMethod", errors);
        if (errors.hasErrors()) {
            return false;
        }
        long amount = amount(request, form.getFeeBasis(), form.getQuantity());
        if (amount == 0) {
            errors.rejectValue("quantity", "request.form.quantity.free");
            return false;
        }
        try {
            request.feeNoticeSent(form.getOn(), amount, support.calendar);
        } catch (StepRefused refusal) {
            return StepSupport.refused(refusal, errors);
        }
        IssuedLetter letter;
        try {
            letter = support.letters.issue(
                    StepSupport.actor(staff),
                    request,
                    LetterKind.FEE_NOTICE,
                    support.letters
                            .about(request)
                            .feeAmount(BigDecimal.valueOf(amount))
                            .feeBasis(messages.getMessage(
                                    "request.letter.feeBasis."
                                            + form.getFeeBasis().name(),
                                    new Object[] {form.getQuantity()},
                                    Locale.SIMPLIFIED_CHINESE))
                            .paymentDueOn(request.paymentDueOn())
                            .paymentMethod(paymentMethod)
                            .build());
        } catch (LetterRefused refusal) {
            return StepLetters.refused(
                    refusal, Map.of("缴费方式", "paymentMethod", "计费依据", "feeBasis", "金额", "quantity"), errors);
        }
        request.record(support.step(DisclosureRequest.Step.SEND_FEE_NOTICE, form.getOn(), staff)
                .until(request.paymentDueOn())
                .amount(amount)
                .note(note)
                .letter(letter));
        support.publish(new FeeNoticeSent(
                StepSupport.actor(staff),
                support.now(),
                staff.agency(),
                request.id(),
                request.trackingNumber(),
                form.getOn(),
                amount,
                request.paymentDueOn()));
        return true;
    }

    /** The fee in yuan: by pages, or by cases after the applicant's earlier applications of the month. */
    long amount(DisclosureRequest request, StepForm.FeeBasis basis, int quantity) {
        if (basis == StepForm.FeeBasis.BY_PAGES) {
            return fees.byPages(quantity);
        }
        LocalDate monthStart = request.receivedOn().withDayOfMonth(1);
        String identity = request.applicant().identityHash();
        long earlier = schedule.countPerAgency()
                ? support.requests.countByAgencyIdAndApplicantIdentityHashAndReceivedOnBetweenAndIdLessThan(
                        request.agencyId(), identity, monthStart, request.receivedOn(), request.id())
                : support.requests.countByApplicantIdentityHashAndReceivedOnBetweenAndIdLessThan(
                        identity, monthStart, request.receivedOn(), request.id());
        return fees.byCases((int) earlier, quantity);
    }
}
