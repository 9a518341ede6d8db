package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.app.agency.api.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CreditCode} with the vectors of domain-spec.md §7.2. */
class CreditCodeTests {

    @Test
    void acceptsTheSpecsCreditCode() {
        CreditCode code = valid("91110000600037341L");
        assertThat(code.kind()).isEqualTo(CreditCode.Kind.UNIFIED_SOCIAL_CREDIT_CODE);
        assertThat(code.warnings()).isEmpty();
    }

    @Test
    void computesTheCreditCodesCheckCharacter() {
        assertThat(CreditCode.unifiedCheckCharacter("91110000600037341")).isEqualTo('L');
    }

    @Test
    void computesTheOrganisationCodeCheckCharactersOfTheSpec() {
        assertThat(CreditCode.organisationCheckCharacter("60003734")).isEqualTo('1');
        assertThat(CreditCode.organisationCheckCharacter("00001434")).isEqualTo('9');
    }

    @Test
    void writesTenAsXAndElevenAsZeroInAnOrganisationCode() {
        // 6·2 = 12 ≡ 1 (mod 11) → 11 − 1 = 10 → 'X'; Σ = 0 → 11 → '0'
        assertThat(CreditCode.organisationCheckCharacter("00000006")).isEqualTo('X');
        assertThat(CreditCode.organisationCheckCharacter("00000000")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"00001434-9", "000014349", "600037341", " 00001434-9 "})
    void acceptsOrganisationCodesWithOrWithoutTheHyphen(String input) {
        CreditCode code = valid(input);
        assertThat(code.kind()).isEqualTo(CreditCode.Kind.ORGANISATION_CODE);
        assertThat(code.value()).doesNotContain("-").hasSize(9);
    }

    @Test
    void normalisesLowerCase() {
        assertThat(valid("91110000600037341l").value()).isEqualTo("91110000600037341L");
    }

    @Test
    void refusesAWrongCreditCodeCheckCharacterNamingTheRightOne() {
        assertThat(invalid("91110000600037341M"))
                .contains("校验码")
                .contains("第18位应为“L”")
                .contains("“M”");
    }

    @Test
    void refusesCharactersOutsideTheAlphabetNamingThePosition() {
        assertThat(invalid("9111000060003734IL"))
                .contains("第17位")
                .contains("“I”")
                .contains("不是允许的字符");
        assertThat(invalid("O1110000600037341L")).contains("第1位");
    }

    @Test
    void refusesLettersInTheRegionCode() {
        assertThat(invalid("9111A000600037341L")).contains("行政区划码").contains("第5位");
    }

    @Test
    void refusesAWrongOrganisationCodeCheckCharacter() {
        assertThat(invalid("00001434-8")).contains("组织机构代码校验码错误").contains("第9位应为“9”");
    }

    @Test
    void refusesWrongLengthsAndBlankInput() {
        assertThat(invalid("9111000060003734")).contains("16位");
        assertThat(invalid("")).contains("请填写");
        assertThat(invalid(null)).contains("请填写");
    }

    @Test
    void onlyWarnsWhenTheInnerOrganisationCodeFailsItsCheck() {
        // inner code 600037342 is wrong (should end in 1), but the outer check character is made right
        String first17 = "91110000600037342";
        String code = first17 + CreditCode.unifiedCheckCharacter(first17);
        CreditCode accepted = valid(code);
        assertThat(accepted.warnings())
                .singleElement()
                .asString()
                .contains("主体标识码")
                .contains("600037342");
    }

    @Test
    void acceptsTheDemoCodes() {
        for (DemoData.DemoAgency a : DemoData.AGENCIES) {
            assertThat(valid(a.creditCode()).warnings()).as(a.name()).isEmpty();
        }
        assertThat(valid(DemoData.CENTRE.creditCode()).warnings()).isEmpty();
    }

    private static CreditCode valid(String input) {
        CreditCode.Result result = CreditCode.check(input);
        assertThat(result).as(input).isInstanceOf(CreditCode.Result.Valid.class);
        return result.accepted().orElseThrow();
    }

    private static String invalid(String input) {
        CreditCode.Result result = CreditCode.check(input);
        assertThat(result).as(input).isInstanceOf(CreditCode.Result.Invalid.class);
        return ((CreditCode.Result.Invalid) result).message();
    }
}
