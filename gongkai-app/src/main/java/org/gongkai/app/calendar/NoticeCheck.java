package org.gongkai.app.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.gongkai.app.system.api.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check, once across all nodes ({@link JobLock}): in December, warns in the log when next year's national
 * holiday notice is not loaded, because every deadline received from now on runs into that year and is 暂定. The
 * State Council usually publishes the notice in November; the platform administrator then loads it.
 */
@Component
class NoticeCheck {

    static final String JOB = "calendar.notice-check";

    private static final Logger log = LoggerFactory.getLogger(NoticeCheck.class);

    private final CalendarAlerts alerts;
    private final JobLock jobLock;
    private final Clock clock;

    NoticeCheck(CalendarAlerts alerts, JobLock jobLock, Clock clock) {
        this.alerts = alerts;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        jobLock.tryRun(JOB, Duration.ofHours(1), () -> check(LocalDate.now(clock)));
    }

    /** Whether it warned. */
    boolean check(LocalDate today) {
        if (alerts.nextYearMissingInDecember(today)) {
            log.warn(
                    "The {} national holiday notice is not loaded: deadlines reaching {} are provisional (暂定). "
                            + "A platform administrator should load it at /office/platform/calendar.",
                    today.getYear() + 1,
                    today.getYear() + 1);
            return true;
        }
        return false;
    }
}
