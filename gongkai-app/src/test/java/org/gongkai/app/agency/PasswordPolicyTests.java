package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PasswordPolicy} with the default settings: 10 characters, three classes, no username. */
class PasswordPolicyTests {
    private final PasswordPolicy policy = new PasswordPolicy(new PasswordProperties(10, 64, 3));

    @Test
    void acceptsAGoodPassword() {
        assertThat(policy.check("Spring-2026-x", "zhang.san")).isEmpty();
        assertThat(policy.check("公开平台abc123", "zhang.san")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(codes("Ab-1234", "zhang")).containsExactly("password.policy.tooShort");
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        assertThat(codes("Ab-1".repeat(17), "zhang")).containsExactly("password.policy.tooLong");
        assertThat(codes("Ab1中".repeat(15), "zhang")).containsExactly("password.policy.tooLong"); // 90 bytes
    }

    @Test
    void needsThreeOfTheFourClasses() {
        assertThat(codes("abcdefghijkl", "zhang")).containsExactly("password.policy.classes");
        assertThat(codes("abcdef123456", "zhang")).containsExactly("password.policy.classes");
        assertThat(codes("abcdef123456A", "zhang")).isEmpty();
        assertThat(codes("abcdef-123456", "zhang")).isEmpty();
        assertThat(PasswordPolicy.characterClasses("aA1-")).isEqualTo(4);
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(codes("My-ZHANG.san-2026", "zhang.san")).containsExactly("password.policy.containsUsername");
    }

    private List<String> codes(String password, String username) {
        return policy.check(password, username).stream()
                .map(PasswordPolicy.Violation::code)
                .toList();
    }
}
