package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The request's statutory clock on the platform's real calendar, around 2025's 国庆中秋 (10月1日至8日放假，
 * 9月28日（周日）、10月11日（周六）上班): a request received on Friday 26 September 2025. Dates worked out by
 * hand from the State Council's notice for 2025 (国务院办公厅关于2025年部分节假日安排的通知).
 */
// the request takes the calendar as an argument, not as a bean, so Modulith does not see it as a bootstrap dependency
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"calendar", "system"})
@ActiveProfiles("test")
class RequestModuleTests {
    static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 26);

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    MessageSource messages;

    @Autowired
    ProcessingFees fees;

    DisclosureRequest received() {
        return new DisclosureRequest(FRIDAY_BEFORE_NATIONAL_DAY, calendar);
    }

    @Test
    void theReplyIsDueTwentyWorkingDaysAfterReceiptAcrossTheHoliday() {
        DisclosureRequest request = received();
        // 9/28 (调休上班), 9/29, 9/30, 10/9, 10/10, 10/11 (调休上班), 10/13 … 10/30 is the 20th
        assertThat(request.due().date()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(request.due().certainty()).isEqualTo(Certainty.FINAL);
        assertThat(request.clarificationNoticeDue(calendar)).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(request.overdueOn(LocalDate.of(2025, 10, 30))).isFalse();
        assertThat(request.overdueOn(LocalDate.of(2025, 10, 31))).isTrue();
    }

    @Test
    void aConsultationPausesTheClockByTheWorkingDaysItTook() {
        DisclosureRequest request = received();
        request.consultationStarted(LocalDate.of(2025, 10, 13));
        assertThat(request.overdueOn(LocalDate.of(2025, 11, 3)))
                .as("paused, but the due day still stands")
                .isTrue();
        request.consultationEnded(LocalDate.of(2025, 10, 17), calendar); // 14, 15, 16, 17 October
        assertThat(request.pausedWorkingDays()).isEqualTo(4);
        assertThat(request.due().date()).isEqualTo(LocalDate.of(2025, 11, 5));
    }

    @Test
    void oneExtensionOfAtMostTwentyWorkingDays() {
        DisclosureRequest request = received();
        assertRefused(
                () -> request.extend(21, LocalDate.of(2025, 10, 20), calendar), "request.refused.extensionLength");
        request.extend(20, LocalDate.of(2025, 10, 20), calendar);
        assertThat(request.due().date()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertRefused(() -> request.extend(1, LocalDate.of(2025, 10, 21), calendar), "request.refused.extendedOnce");
    }

    @Test
    void anExtensionAfterTheDeadlineIsRefused() {
        DisclosureRequest request = received();
        assertRefused(
                () -> request.extend(5, LocalDate.of(2025, 10, 31), calendar), "request.refused.extensionTooLate");
    }

    @Test
    void theClockStartsAgainFromTheCorrectedRequestAndClarificationIsAskedOnce() {
        DisclosureRequest request = received();
        request.requestClarification(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 20));
        assertThat(request.state()).isEqualTo(RequestState.AWAITING_CLARIFICATION);
        assertThat(request.overdueOn(LocalDate.of(2025, 12, 1)))
                .as("waiting for the applicant")
                .isFalse();
        assertRefused(() -> request.answered(LocalDate.of(2025, 10, 1)), "request.refused.state");
        request.clarificationReceived(LocalDate.of(2025, 10, 17), calendar);
        // 20 working days after Friday 17 October 2025
        assertThat(request.due().date()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertRefused(
                () -> request.requestClarification(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 30)),
                "request.refused.clarificationOnce");
    }

    @Test
    void noCorrectionInTimeIsAbandonment() {
        DisclosureRequest request = received();
        request.requestClarification(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 20));
        assertRefused(
                () -> request.clarificationLapsed(LocalDate.of(2025, 10, 20)),
                "request.refused.clarificationNotLapsed");
        request.clarificationLapsed(LocalDate.of(2025, 10, 21));
        assertThat(request.state()).isEqualTo(RequestState.ABANDONED_NO_CLARIFICATION);
        assertThat(request.overdueOn(LocalDate.of(2025, 12, 1))).isFalse();
    }

    @Test
    void anUnpaidFeeNoticeIsAbandonmentAfterTwentyWorkingDays() {
        DisclosureRequest request = received();
        assertThat(fees.byPages(2219)).isEqualTo(83_460);
        request.feeNoticeSent(LocalDate.of(2025, 10, 9), calendar);
        // 10/10, 10/11 (调休上班), 10/13 … the 20th working day
        assertThat(request.paymentDueOn()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertRefused(() -> request.paymentLapsed(LocalDate.of(2025, 11, 5)), "request.refused.paymentNotLapsed");
        request.paymentLapsed(LocalDate.of(2025, 11, 6));
        assertThat(request.state()).isEqualTo(RequestState.ABANDONED_NO_PAYMENT);
    }

    @Test
    void aPaidFeeLetsTheRequestBeAnswered() {
        DisclosureRequest request = received();
        request.feeNoticeSent(LocalDate.of(2025, 10, 9), calendar);
        request.feePaid();
        request.answered(LocalDate.of(2025, 10, 20));
        assertThat(request.state()).isEqualTo(RequestState.ANSWERED);
        assertThat(request.overdueOn(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void everyRefusalReadsInChinese() {
        for (String key : new String[] {
            "request.refused.state",
            "request.refused.clarificationOnce",
            "request.refused.correctByAfterNotice",
            "request.refused.clarificationNotLapsed",
            "request.refused.consultationEndsBeforeStart",
            "request.refused.extendedOnce",
            "request.refused.extensionLength",
            "request.refused.extensionTooLate",
            "request.refused.paymentNotLapsed",
            "request.refused.answerBeforeReceipt"
        }) {
            assertThat(messages.getMessage(key, new Object[] {"甲", "乙"}, Locale.SIMPLIFIED_CHINESE))
                    .as(key)
                    .isNotBlank()
                    .doesNotContain(key);
        }
        for (DisclosureRequest.Step step : DisclosureRequest.Step.values()) {
            assertThat(messages.getMessage("request.step." + step.name(), null, Locale.SIMPLIFIED_CHINESE))
                    .isNotBlank();
        }
    }

    private static void assertRefused(Runnable step, String key) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        StepRefused.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
