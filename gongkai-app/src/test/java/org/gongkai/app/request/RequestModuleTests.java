package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.report.Edition;
import org.gongkai.report.Table3Row;
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
        assertRefused(
                () -> request.answered(LocalDate.of(2025, 10, 1), Outcome.GRANTED, LegalGround.A36_2),
                "request.refused.state");
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
        request.answered(LocalDate.of(2025, 10, 20), Outcome.GRANTED, LegalGround.A36_2);
        assertThat(request.state()).isEqualTo(RequestState.ANSWERED);
        assertThat(request.outcome().key()).isEqualTo("granted");
        assertThat(request.concludedOn()).isEqualTo(LocalDate.of(2025, 10, 20));
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
            "request.refused.answerBeforeReceipt",
            "request.refused.beforeReceipt",
            "request.refused.correctedBeforeNotice",
            "request.refused.feeNoticeOnce",
            "request.refused.outcomeNotInEdition",
            "request.refused.groundNotForOutcome"
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
        for (LegalGround ground : LegalGround.values()) {
            assertThat(messages.getMessage("legalGround." + ground.name(), null, Locale.SIMPLIFIED_CHINESE))
                    .isNotBlank();
        }
    }

    @Test
    void everyResultRowOfBothEditionsIsAnOutcomeAndEachAnswerOffersItsYearsEdition() {
        for (Edition edition : Edition.values()) {
            Set<Table3Row> rows = Arrays.stream(Outcome.values())
                    .filter(o -> o.existsIn(edition))
                    .map(Outcome::row)
                    .collect(Collectors.toSet());
            assertThat(rows).as(edition.code()).isEqualTo(Table3Row.resultRows(edition));
        }
        assertThat(Outcome.offeredOn(LocalDate.of(2020, 12, 31)))
                .contains(Outcome.OTHER, Outcome.GRANTED)
                .doesNotContain(Outcome.OTHER_OTHER, Outcome.NO_CORRECTION_IN_TIME, Outcome.FEE_NOT_PAID)
                .hasSize(19);
        assertThat(Outcome.offeredOn(LocalDate.of(2021, 1, 1)))
                .contains(Outcome.OTHER_OTHER, Outcome.STILL_UNCLEAR)
                .doesNotContain(Outcome.OTHER, Outcome.NO_CORRECTION_IN_TIME, Outcome.FEE_NOT_PAID)
                .hasSize(19);
        assertThat(Outcome.THIRD_PARTY_RIGHTS.key()).isEqualTo("withheld.thirdPartyRights");
        assertThat(Outcome.NO_CORRECTION_IN_TIME.key()).isEqualTo("other.noCorrectionInTime");
    }

    @Test
    void anAnswerTakesAnOutcomeOfItsYearsEditionAndAGroundThatFitsIt() {
        DisclosureRequest request = received();
        assertRefused(
                () -> request.answered(LocalDate.of(2025, 10, 20), Outcome.OTHER, LegalGround.OTHER),
                "request.refused.outcomeNotInEdition");
        assertRefused(
                () -> request.answered(LocalDate.of(2025, 10, 20), Outcome.STATE_SECRET, LegalGround.A16_1),
                "request.refused.groundNotForOutcome");
        assertRefused(
                () -> request.answered(LocalDate.of(2025, 10, 20), Outcome.FEE_NOT_PAID, LegalGround.FEE_MEASURES),
                "request.refused.outcomeNotInEdition");
        request.answered(LocalDate.of(2025, 10, 20), Outcome.THIRD_PARTY_RIGHTS, LegalGround.A15);
        assertThat(request.outcome()).isEqualTo(Outcome.THIRD_PARTY_RIGHTS);
        assertThat(request.legalGround()).isEqualTo(LegalGround.A15);
        assertThat(request.allowedSteps()).isEmpty();
    }

    @Test
    void anAnswerIn2020CountsInThe2019Edition() {
        DisclosureRequest request = new DisclosureRequest(LocalDate.of(2020, 1, 20), calendar);
        // 2020: the Spring Festival holiday was extended to 2 February
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2020, 2, 25));
        assertRefused(
                () -> request.answered(LocalDate.of(2020, 2, 20), Outcome.OTHER_OTHER, LegalGround.OTHER),
                "request.refused.outcomeNotInEdition");
        request.answered(LocalDate.of(2020, 2, 20), Outcome.OTHER, LegalGround.OTHER);
        assertThat(request.outcome().key()).isEqualTo("other");
    }

    @Test
    void aLapseIsCountedInItsOwnRowOfTheEditionOfItsYear() {
        DisclosureRequest lapsed2025 = received();
        lapsed2025.requestClarification(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 20));
        lapsed2025.clarificationLapsed(LocalDate.of(2025, 10, 21));
        assertThat(lapsed2025.outcome().key()).isEqualTo("other.noCorrectionInTime");
        assertThat(lapsed2025.legalGround()).isEqualTo(LegalGround.A30);
        assertThat(lapsed2025.concludedOn()).isEqualTo(LocalDate.of(2025, 10, 21));

        DisclosureRequest unpaid = received();
        unpaid.feeNoticeSent(LocalDate.of(2025, 10, 9), 380, calendar);
        unpaid.paymentLapsed(LocalDate.of(2025, 11, 6));
        assertThat(unpaid.outcome().key()).isEqualTo("other.feeNotPaid");

        DisclosureRequest lapsed2020 = new DisclosureRequest(LocalDate.of(2020, 6, 1), calendar);
        lapsed2020.requestClarification(LocalDate.of(2020, 6, 2), LocalDate.of(2020, 6, 16));
        lapsed2020.clarificationLapsed(LocalDate.of(2020, 6, 17));
        assertThat(lapsed2020.outcome().key()).as("2019 edition: （六）其他处理").isEqualTo("other");
    }

    @Test
    void thePageOffersExactlyTheStepsTheStateAllows() {
        DisclosureRequest request = received();
        assertThat(request.allowedSteps())
                .containsExactly(
                        DisclosureRequest.Step.ANSWER,
                        DisclosureRequest.Step.REQUEST_CLARIFICATION,
                        DisclosureRequest.Step.START_CONSULTATION,
                        DisclosureRequest.Step.EXTEND,
                        DisclosureRequest.Step.SEND_FEE_NOTICE);
        request.consultationStarted(LocalDate.of(2025, 10, 9), ConsultationKind.OTHER_AGENCY, "达州市商务局");
        assertThat(request.allowedSteps()).containsExactly(DisclosureRequest.Step.END_CONSULTATION);
        request.consultationEnded(LocalDate.of(2025, 10, 10), calendar);
        request.extend(5, LocalDate.of(2025, 10, 13), calendar);
        request.feeNoticeSent(LocalDate.of(2025, 10, 14), 100, calendar);
        assertThat(request.allowedSteps())
                .containsExactly(DisclosureRequest.Step.PAY_FEE, DisclosureRequest.Step.LAPSE_PAYMENT);
        request.feePaid();
        assertThat(request.allowedSteps())
                .containsExactly(
                        DisclosureRequest.Step.ANSWER,
                        DisclosureRequest.Step.REQUEST_CLARIFICATION,
                        DisclosureRequest.Step.START_CONSULTATION);
        request.requestClarification(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 29));
        assertThat(request.allowedSteps())
                .containsExactly(
                        DisclosureRequest.Step.RECEIVE_CLARIFICATION, DisclosureRequest.Step.LAPSE_CLARIFICATION);
        assertRefused(
                () -> request.clarificationReceived(LocalDate.of(2025, 10, 14), calendar),
                "request.refused.correctedBeforeNotice");
    }

    @Test
    void theOtherAgencysThirdPartyWindowIsFifteenWorkingDays() {
        // domain-spec §5.2: 2025-04-25 + 15 working days → 2025-05-20 (劳动节 5月1日至5日, 4月27日 上班)
        DisclosureRequest request = new DisclosureRequest(LocalDate.of(2025, 4, 24), calendar);
        request.consultationStarted(LocalDate.of(2025, 4, 25), ConsultationKind.THIRD_PARTY, "某公司");
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 15).date())
                .isEqualTo(LocalDate.of(2025, 5, 20));
        LocalDate due = request.dueOn();
        request.consultationEnded(LocalDate.of(2025, 5, 20), calendar);
        assertThat(request.pausedWorkingDays()).isEqualTo(15);
        assertThat(request.dueOn()).isEqualTo(calendar.addWorkingDays(due, 15).date());
    }

    private static void assertRefused(Runnable step, String key) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        StepRefused.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
