package org.gongkai.app.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password policy for passwords people choose.
 *
 * <pre>
 * gongkai.security.password.min-length=10          # at least this many characters
 * gongkai.security.password.max-length=64          # at most (bcrypt reads 72 bytes)
 * gongkai.security.password.min-character-classes=3 # of lower case, upper case, digits, symbols
 * </pre>
 *
 * A password may never contain the username, nor be the current password.
 */
@ConfigurationProperties("gongkai.security.password")
record PasswordProperties(
        @DefaultValue("10") int minLength,
        @DefaultValue("64") int maxLength,
        @DefaultValue("3") int minCharacterClasses) {
    PasswordProperties {
        if (minLength < 1 || maxLength < minLength || maxLength > 72) {
            throw new IllegalArgumentException("gongkai.security.password: need 1 <= min-length <= max-length <= 72");
        }
        if (minCharacterClasses < 1 || minCharacterClasses > 4) {
            throw new IllegalArgumentException("gongkai.security.password.min-character-classes: 1 to 4");
        }
    }
}
