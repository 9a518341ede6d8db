package org.gongkai.app.request;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts what the public pages allow only so often (table {@code public_attempt}, Flyway V25): online
 * applications per client address and per identity, wrong access codes per tracking number and per
 * address. In the database, so every application node counts the same. Keys are keyed hashes
 * ({@link IdentityHashes}), never an address or a number in clear.
 */
@Component
class PublicAttempts {
    /** What is counted. */
    enum Kind {
        APPLICATION_BY_ADDRESS,
        APPLICATION_BY_IDENTITY,
        TRACKING_FAILURE_BY_NUMBER,
        TRACKING_FAILURE_BY_ADDRESS
    }

    /** Rows older than this are deleted as new ones come: longer than any window one may configure. */
    static final Duration KEPT = Duration.ofDays(8);

    private final JdbcClient jdbc;
    private final IdentityHashes hashes;
    private final Clock clock;

    PublicAttempts(JdbcClient jdbc, IdentityHashes hashes, Clock clock) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** How many times {@code kind} happened for {@code key} within the last {@code window}. */
    int count(Kind kind, String key, Duration window) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM public_attempt
                        WHERE kind = :kind AND key_hash = :key AND occurred_at > :since
                        """)
                .param("kind", kind.name())
                .param("key", hash(kind, key))
                .param("since", OffsetDateTime.now(clock).minus(window))
                .query(Integer.class)
                .single();
    }

    /** When the oldest of the last {@code window}'s attempts of {@code kind} for {@code key} happened, or null. */
    OffsetDateTime oldest(Kind kind, String key, Duration window) {
        return jdbc.sql("""
                        SELECT MIN(occurred_at) FROM public_attempt
                        WHERE kind = :kind AND key_hash = :key AND occurred_at > :since
                        """)
                .param("kind", kind.name())
                .param("key", hash(kind, key))
                .param("since", OffsetDateTime.now(clock).minus(window))
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    /** Counts one {@code kind} for {@code key}, and forgets attempts older than {@link #KEPT}. */
    void record(Kind kind, String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO public_attempt (kind, key_hash, occurred_at) VALUES (:kind, :key, :at)")
                .param("kind", kind.name())
                .param("key", hash(kind, key))
                .param("at", now)
                .update();
        jdbc.sql("DELETE FROM public_attempt WHERE occurred_at < :before")
                .param("before", now.minus(KEPT))
                .update();
    }

    /** Forgets the failures of {@code kind} for {@code key} (a right access code clears its number's count). */
    void clear(Kind kind, String key) {
        jdbc.sql("DELETE FROM public_attempt WHERE kind = :kind AND key_hash = :key")
                .param("kind", kind.name())
                .param("key", hash(kind, key))
                .update();
    }

    private String hash(Kind kind, String key) {
        return hashes.of(IdentityKind.OTHER, kind.name() + ":" + key);
    }
}
