package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GB 11643 公民身份号码 with domain-spec §7.1's vectors and every single-character error. */
class IdentityNumberTests {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void acceptsTheKnownValidNumbers() {
        assertThat(IdentityNumber.check("360426199101010071", TODAY)).isEqualTo("360426199101010071");
        assertThat(IdentityNumber.check("11010519491231002X", TODAY)).isEqualTo("11010519491231002X");
        assertThat(IdentityNumber.check(" 11010519491231002x ", TODAY)).isEqualTo("11010519491231002X");
    }

    @Test
    void saysWhatIsWrong() {
        assertProblem("36042619910101007", IdentityNumber.Problem.LENGTH);
        assertProblem("3604261991010100711", IdentityNumber.Problem.LENGTH);
        assertProblem("36042619910101007Y", IdentityNumber.Problem.CHARACTERS);
        assertProblem("３６0426199101010071", IdentityNumber.Problem.CHARACTERS);
        assertProblem("360426199102300071", IdentityNumber.Problem.BIRTH_DATE);
        assertProblem("360426202701010071", IdentityNumber.Problem.BIRTH_DATE);
        assertProblem("360426199101010072", IdentityNumber.Problem.CHECK_CHARACTER);
    }

    /** MOD 11-2 catches every change of one digit: checked over seeded random numbers. */
    @Test
    void everySingleDigitChangeIsCaught() {
        Random random = new Random(11643);
        for (int run = 0; run < 300; run++) {
            String first17 = "510102"
                    + String.format(
                            "%04d%02d%02d", 1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    + String.format("%03d", random.nextInt(1000));
            String valid = first17 + IdentityNumber.checkCharacter(first17);
            assertThat(IdentityNumber.check(valid, TODAY)).isEqualTo(valid);
            for (int i = 14; i < 17; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(i)) {
                        continue;
                    }
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    String shown = changed;
                    assertThatThrownBy(() -> IdentityNumber.check(shown, TODAY))
                            .as(changed)
                            .isInstanceOf(IdentityNumber.Invalid.class);
                }
            }
        }
    }

    @Test
    void isMaskedWhereverItIsShown() {
        assertThat(IdentityNumber.masked("11010519491231002X")).isEqualTo("110105********002X");
    }

    private static void assertProblem(String input, IdentityNumber.Problem problem) {
        assertThatThrownBy(() -> IdentityNumber.check(input, TODAY))
                .isInstanceOfSatisfying(
                        IdentityNumber.Invalid.class,
                        e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
