package org.gongkai.app.agency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a new password against {@link PasswordProperties}: length, character classes, the username.
 * (That it differs from the current password needs the hash: {@link ChangePassword} checks it.)
 */
final class PasswordPolicy {
    /** A broken rule: the message key in {@code i18n/agency.properties} and its arguments. */
    record Violation(String code, Object... args) {}

    private final PasswordProperties settings;

    PasswordPolicy(PasswordProperties settings) {
        this.settings = settings;
    }

    List<Violation> check(String password, String username) {
        List<Violation> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < settings.minLength()) {
            violations.add(new Violation("password.policy.tooShort", settings.minLength()));
        } else if (length > settings.maxLength() || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            violations.add(new Violation("password.policy.tooLong", settings.maxLength()));
        }
        if (characterClasses(password) < settings.minCharacterClasses()) {
            violations.add(new Violation("password.policy.classes", settings.minCharacterClasses()));
        }
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password.policy.containsUsername"));
        }
        return violations;
    }

    /** How many of lower case, upper case, digits and other characters (symbols, Chinese…) occur. */
    static int characterClasses(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) || c == ' ') {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
