package org.gongkai.app.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.gongkai.app.system.api.JobLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, once across the nodes ({@link JobLock}), the platform records the lapses whose period has
 * ended: a correction not received by its correct-by day (条例第三十条) and a fee not paid by its day
 * (国办函〔2020〕109号) — both 视为放弃申请. Each is its own transaction; the office home then says how many
 * ({@link RequestNotices}). The time is {@code gongkai.request.lapse-cron}.
 */
@Component
class RecordLapses {
    static final String JOB = "request-lapses";

    private final DisclosureRequests requests;
    private final LapseClarification lapseClarification;
    private final LapsePayment lapsePayment;
    private final JobLock jobLock;
    private final Clock clock;

    RecordLapses(
            DisclosureRequests requests,
            LapseClarification lapseClarification,
            LapsePayment lapsePayment,
            JobLock jobLock,
            Clock clock) {
        this.requests = requests;
        this.lapseClarification = lapseClarification;
        this.lapsePayment = lapsePayment;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.request.lapse-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        jobLock.tryRun(JOB, Duration.ofHours(2), this::run);
    }

    /** Records today's lapses; how many. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (DisclosureRequest r :
                requests.findByStateAndClarificationDueOnBefore(RequestState.AWAITING_CLARIFICATION, today)) {
            try {
                lapseClarification.byPlatform(r.id());
                recorded++;
            } catch (StepRefused changedMeanwhile) {
                // a member of staff recorded the correction or the lapse since the query: nothing to do
            }
        }
        for (DisclosureRequest r : requests.findByStateAndPaymentDueOnBefore(RequestState.AWAITING_PAYMENT, today)) {
            try {
                lapsePayment.byPlatform(r.id());
                recorded++;
            } catch (StepRefused changedMeanwhile) {
                // paid or recorded since the query
            }
        }
        return recorded;
    }
}
