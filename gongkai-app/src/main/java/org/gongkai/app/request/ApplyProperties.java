package org.gongkai.app.request;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public application form's limits and its receipt rule ({@code gongkai.apply.*}).
 *
 * <pre>
 * gongkai.apply.applications-per-address=10     # online applications from one client address …
 * gongkai.apply.applications-per-identity=5     # … and by one identity number …
 * gongkai.apply.window-hours=24                 # … within this many hours
 * gongkai.apply.tracking-failures=5             # wrong access codes for one tracking number …
 * gongkai.apply.tracking-failures-per-address=20 # … or from one client address (an office may share one) …
 * gongkai.apply.tracking-lock-minutes=15        # … before the next try must wait this long
 * gongkai.apply.max-body-bytes=65536            # the largest form a public page accepts
 * gongkai.apply.office-closes-at=               # e.g. 17:00: later applications count from the next working day
 * gongkai.apply.concurrent-registrations=4      # online applications registering at once on one node …
 * gongkai.apply.registration-wait-seconds=20    # … the others wait this long for their turn (RegistrationGate)
 * </pre>
 *
 * <p>条例第三十一条 makes the receipt date of an online application the day both sides confirm it; when an
 * application made on a non-working day (or after {@code office-closes-at}) counts as received is not in the
 * text (domain-spec §1.4, [U]). By default it counts from the next working day on the platform's calendar;
 * {@code office-closes-at} is unset (any hour of a working day counts for that day).
 */
@ConfigurationProperties("gongkai.apply")
record ApplyProperties(
        @DefaultValue("10") int applicationsPerAddress,
        @DefaultValue("5") int applicationsPerIdentity,
        @DefaultValue("24") int windowHours,
        @DefaultValue("5") int trackingFailures,
        @DefaultValue("20") int trackingFailuresPerAddress,
        @DefaultValue("15") int trackingLockMinutes,
        @DefaultValue("65536") long maxBodyBytes,
        LocalTime officeClosesAt,
        @DefaultValue("4") int concurrentRegistrations,
        @DefaultValue("20") int registrationWaitSeconds) {
    ApplyProperties {
        if (applicationsPerAddress < 1
                || applicationsPerIdentity < 1
                || windowHours < 1
                || trackingFailures < 1
                || trackingFailuresPerAddress < 1
                || trackingLockMinutes < 1
                || maxBodyBytes < 1024
                || concurrentRegistrations < 1
                || registrationWaitSeconds < 1) {
            throw new IllegalArgumentException(
                    "gongkai.apply: the limits must be at least 1 (max-body-bytes at least 1024)");
        }
    }
}
