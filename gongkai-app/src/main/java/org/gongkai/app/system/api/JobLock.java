package org.gongkai.app.system.api;

import java.time.Duration;

/**
 * Runs a scheduled job once across all application nodes (docs/adr/0004): the node that takes the
 * job's lease in the {@code job_lock} table runs it; the others skip this turn.
 *
 * <p>A lease is taken with one conditional statement, in its own short transaction: an
 * {@code UPDATE … WHERE locked_until <= now} takes an expired lease, and the first run of a job
 * {@code INSERT}s its row (the primary key lets only one node win). The lease is kept until it ends
 * even after the job finished, so nodes whose schedules fire a little apart do not run the same turn
 * twice: choose a lease longer than the job's longest run and shorter than its period. A job that
 * fails gives its lease back so that the next turn (on any node) tries again.
 *
 * <pre>{@code
 * @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
 * void recomputeDeadlines() {
 *     jobLock.tryRun("recompute-deadlines", Duration.ofMinutes(30), deadlines::recompute);
 * }
 * }</pre>
 */
public interface JobLock {
    /**
     * Runs {@code job} here if this node takes the lease named {@code name}.
     *
     * @param name the job's stable name (at most 64 characters)
     * @param lease how long the other nodes keep off the job
     * @return whether the job ran on this node
     */
    boolean tryRun(String name, Duration lease, Runnable job);

    /** The node holding the lease named {@code name}, or null when nobody ever took it. */
    String holder(String name);
}
