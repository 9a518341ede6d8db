package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.JobLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduled jobs run once across nodes: two nodes (two {@link JobLock}s on one database) that start
 * the same job at the same moment run it once; a held lease keeps others off until it ends; an expired
 * one is taken over; a failed job gives its lease back.
 */
@IntegrationTest
class JobLockIntegrationTests {
    @Autowired
    JobLock jobLock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoNodesStartingTheSameJobTogetherRunItOnce() throws Exception {
        JobLock otherNode = new JdbcJobLock(jdbc, clock, transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "together-" + UUID.randomUUID();
                AtomicInteger runs = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (JobLock node : List.of(jobLock, otherNode)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return node.tryRun(name, Duration.ofMinutes(5), () -> {
                            runs.incrementAndGet();
                            sleep(50);
                        });
                    }));
                }
                start.countDown();
                int ran = 0;
                for (Future<Boolean> r : results) {
                    ran += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(runs).as("round %d: the job ran once", round).hasValue(1);
                assertThat(ran)
                        .as("round %d: one node says it ran the job", round)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeldLeaseKeepsOtherNodesOffUntilItEnds() {
        String name = "held-" + UUID.randomUUID().toString().substring(0, 8);
        JobLock otherNode = new JdbcJobLock(jdbc, clock, transactions);
        AtomicInteger runs = new AtomicInteger();

        assertThat(jobLock.tryRun(name, Duration.ofMinutes(10), runs::incrementAndGet))
                .isTrue();
        // the lease outlives the job: a node whose schedule fires a little later skips this turn
        assertThat(otherNode.tryRun(name, Duration.ofMinutes(10), runs::incrementAndGet))
                .isFalse();
        assertThat(jobLock.tryRun(name, Duration.ofMinutes(10), runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jobLock.holder(name)).isNotNull();
    }

    @Test
    void anExpiredLeaseIsTakenOver() {
        String name = "expired-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime longAgo = OffsetDateTime.now(clock).minusHours(1);
        jdbc.sql("""
                        INSERT INTO job_lock (name, locked_until, locked_at, locked_by)
                        VALUES (:name, :until, :at, 'a node that died')
                        """)
                .param("name", name)
                .param("until", longAgo.plusMinutes(5))
                .param("at", longAgo)
                .update();
        AtomicInteger runs = new AtomicInteger();

        assertThat(jobLock.tryRun(name, Duration.ofMinutes(10), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(1);
        assertThat(jobLock.holder(name)).isNotEqualTo("a node that died");
    }

    @Test
    void aFailedJobGivesItsLeaseBack() {
        String name = "failed-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> jobLock.tryRun(name, Duration.ofMinutes(10), () -> {
                    throw new IllegalStateException("the job failed");
                }))
                .hasMessage("the job failed");
        assertThat(jobLock.holder(name)).isNull();

        AtomicInteger runs = new AtomicInteger();
        assertThat(new JdbcJobLock(jdbc, clock, transactions)
                        .tryRun(name, Duration.ofMinutes(10), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void refusesNamesTheTableCannotHold() {
        assertThatThrownBy(() -> jobLock.tryRun("x".repeat(65), Duration.ofMinutes(1), () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobLock.tryRun("ok", Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
