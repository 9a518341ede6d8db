package org.gongkai.app.agency;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Makes the one-time passwords an administrator hands over: three groups of four characters without
 * look-alikes (0/O, 1/l/I), always with lower case, upper case, a digit and the hyphen, so that they
 * pass the password policy — though the person must replace them at the first sign-in anyway.
 */
@Component
class InitialPasswords {
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] chars = new char[12];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = pick(ALL);
        }
        // one of each class in distinct places
        int[] places = {random.nextInt(4), 4 + random.nextInt(4), 8 + random.nextInt(4)};
        chars[places[0]] = pick(LOWER);
        chars[places[1]] = pick(UPPER);
        chars[places[2]] = pick(DIGITS);
        String s = new String(chars);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
