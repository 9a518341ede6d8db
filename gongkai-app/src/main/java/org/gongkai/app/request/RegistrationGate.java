package org.gongkai.app.request;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets a few online applications register at a time on this node ({@code gongkai.apply.concurrent-registrations}),
 * the others waiting their turn in order, without a database connection, up to {@code
 * gongkai.apply.registration-wait-seconds}.
 *
 * <p>Why: each registration issues its 受理回执, whose 文号 is allocated under the agency's counter row lock and held
 * while the letter is rendered, so the registrations of one agency go one at a time. Without the gate, a burst of
 * applications to one agency takes every pooled connection to wait on that lock, and everything else the node serves
 * — the form itself, tracking, the office — waits for a connection and fails after the pool's timeout (measured with
 * {@code gongkai-bench/load-apply.py}: 50 concurrent applicants, a pool of 10). With the gate, at most this many
 * connections wait on the lock and the rest of the node goes on.
 */
@Component
class RegistrationGate {
    private final Semaphore permits;
    private final long waitSeconds;

    RegistrationGate(ApplyProperties properties) {
        this.permits = new Semaphore(properties.concurrentRegistrations(), true);
        this.waitSeconds = properties.registrationWaitSeconds();
    }

    /** What {@code registration} returned, or empty when no turn came within the wait (nothing was done). */
    <T> Optional<T> through(Supplier<T> registration) {
        try {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(registration.get());
        } finally {
            permits.release();
        }
    }
}
