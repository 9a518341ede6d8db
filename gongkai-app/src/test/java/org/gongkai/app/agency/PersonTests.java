package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;

/** {@link Person}'s password and lock state. */
class PersonTests {
    static final OffsetDateTime NOON = OffsetDateTime.parse("2026-03-02T12:00:00+08:00");

    @Test
    void locksAtTheFifthFailureInARowUntilTheGivenTime() {
        Person p = person();
        for (int i = 1; i <= 4; i++) {
            assertThat(p.loginFailed(5, NOON.plusMinutes(15))).isFalse();
        }
        assertThat(p.isLockedAt(NOON)).isFalse();
        assertThat(p.loginFailed(5, NOON.plusMinutes(15))).isTrue();
        assertThat(p.isLockedAt(NOON)).isTrue();
        assertThat(p.isLockedAt(NOON.plusMinutes(14))).isTrue();
        assertThat(p.isLockedAt(NOON.plusMinutes(15))).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        Person p = person();
        for (int i = 0; i < 4; i++) {
            p.loginFailed(5, NOON.plusMinutes(15));
        }
        p.loginSucceeded();
        assertThat(p.failedLogins()).isZero();
        assertThat(p.loginFailed(5, NOON.plusMinutes(15))).isFalse();
    }

    @Test
    void anInitialPasswordMustBeChangedAndAResetOneAgain() {
        Person p = person();
        assertThat(p.mustChangePassword()).isTrue();
        p.changePassword("{noop}x", NOON);
        assertThat(p.mustChangePassword()).isFalse();
        assertThat(p.passwordChangedAt()).isEqualTo(NOON);
        p.loginFailed(1, NOON.plusMinutes(15));
        p.resetPassword("{noop}y");
        assertThat(p.mustChangePassword()).isTrue();
        assertThat(p.isLockedAt(NOON)).isFalse();
    }

    private static Person person() {
        return new Person(1L, null, "someone", "某人", "{noop}pw", Set.of(Role.SUBMITTER), NOON);
    }
}
