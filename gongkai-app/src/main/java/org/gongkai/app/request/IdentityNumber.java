package org.gongkai.app.request;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A 公民身份号码 (居民身份证号码, GB 11643-1999), as an applicant types it: 18 characters, a six-digit
 * address code, the birth date, a sequence and the ISO 7064 MOD 11-2 check character (X upper-case;
 * a lower-case x is accepted and normalised). Address codes are not checked against a list (codes
 * change over time); the date must be real and not after {@code today}. Domain-spec §7.1.
 */
final class IdentityNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Why a number is refused: the message key of the field error. */
    enum Problem {
        LENGTH,
        CHARACTERS,
        BIRTH_DATE,
        CHECK_CHARACTER
    }

    private IdentityNumber() {}

    /** The normalised number (upper-case X), or throws {@link Invalid} naming the problem. */
    static String check(String input, LocalDate today) {
        String number = input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.length() != 18) {
            throw new Invalid(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                throw new Invalid(Problem.CHARACTERS);
            }
        }
        char last = number.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new Invalid(Problem.CHARACTERS);
        }
        try {
            LocalDate born = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (born.isAfter(today) || born.getYear() < 1850) {
                throw new Invalid(Problem.BIRTH_DATE);
            }
        } catch (DateTimeException e) {
            throw new Invalid(Problem.BIRTH_DATE);
        }
        if (checkCharacter(number.substring(0, 17)) != last) {
            throw new Invalid(Problem.CHECK_CHARACTER);
        }
        return number;
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Shown masked wherever a person reads it: the first 6 and last 4 characters. */
    static String masked(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    /** A number that cannot be a 公民身份号码, and why. */
    static final class Invalid extends IllegalArgumentException {
        private final Problem problem;

        Invalid(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
