package org.gongkai.app.system;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.gongkai.app.system.api.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link JobLock} on the {@code job_lock} table. */
@Component
class JdbcJobLock implements JobLock {
    private static final Logger log = LoggerFactory.getLogger(JdbcJobLock.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String node;

    JdbcJobLock(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // host name and process id, plus a per-instance suffix: tells nodes (and contexts) apart
        String who = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.node = who.length() > 255 ? who.substring(0, 255) : who;
    }

    /**
     * Runs {@code job} here if this node takes the lease named {@code name}.
     *
     * @param name the job's stable name (at most 64 characters)
     * @param lease how long the other nodes keep off the job
     * @return whether the job ran on this node
     */
    @Override
    public boolean tryRun(String name, Duration lease, Runnable job) {
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("job name must have 1 to 64 characters: " + name);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        if (!acquire(name, lease)) {
            log.debug("job {} skipped: another node holds its lease", name);
            return false;
        }
        try {
            job.run();
        } catch (RuntimeException | Error e) {
            release(name);
            throw e;
        }
        return true;
    }

    /** Who holds the lease on {@code name} now, as the lock table says (for monitoring and tests). */
    @Override
    public String holder(String name) {
        return jdbc.sql("SELECT locked_by FROM job_lock WHERE name = :name AND locked_until > :now")
                .param("name", name)
                .param("now", OffsetDateTime.now(clock))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private boolean acquire(String name, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(lease);
        Boolean taken = ownTransaction.execute(tx -> jdbc.sql("""
                        UPDATE job_lock SET locked_until = :until, locked_at = :now, locked_by = :node
                        WHERE name = :name AND locked_until <= :now
                        """)
                        .param("until", until)
                        .param("now", now)
                        .param("node", node)
                        .param("name", name)
                        .update()
                == 1);
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            // the job's first turn ever: only one node's insert gets the primary key
            Integer inserted = ownTransaction.execute(tx -> jdbc.sql("""
                            INSERT INTO job_lock (name, locked_until, locked_at, locked_by)
                            VALUES (:name, :until, :now, :node)
                            """)
                    .param("name", name)
                    .param("until", until)
                    .param("now", now)
                    .param("node", node)
                    .update());
            return inserted != null && inserted == 1;
        } catch (DataAccessException e) {
            // the row exists (the lease is held) or another node inserted it first
            return false;
        }
    }

    private void release(String name) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ownTransaction.executeWithoutResult(
                tx -> jdbc.sql("UPDATE job_lock SET locked_until = :now WHERE name = :name AND locked_by = :node")
                        .param("now", now)
                        .param("name", name)
                        .param("node", node)
                        .update());
    }
}
