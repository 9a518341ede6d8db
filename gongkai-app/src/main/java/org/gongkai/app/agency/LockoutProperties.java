package org.gongkai.app.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout after repeated failed sign-ins.
 *
 * <pre>
 * gongkai.security.lockout.max-failed-attempts=5   # failures in a row that lock the account
 * gongkai.security.lockout.lock-minutes=15         # how long it stays locked
 * </pre>
 */
@ConfigurationProperties("gongkai.security.lockout")
record LockoutProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15") int lockMinutes) {
    LockoutProperties {
        if (maxFailedAttempts < 1 || lockMinutes < 1) {
            throw new IllegalArgumentException("gongkai.security.lockout: both settings must be at least 1");
        }
    }
}
