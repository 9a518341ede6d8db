package org.gongkai.app.agency.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an agency's code: the 18-character 统一社会信用代码 (GB 32100-2015) or the 9-character
 * 组织机构代码 (GB 11714), both by their check characters (domain-spec.md §7.2).
 *
 * <p>The 主体标识码 inside a credit code (positions 9–17) is itself an organisation code; its check
 * is reported as a warning only, never a rejection, so that a legitimately issued code is never
 * refused on a rule the standard does not make binding (§7.2, [D]). Positions 1–2 (登记管理部门码,
 * 机构类别码) accept any character of the alphabet: their code lists are not verified.
 *
 * @param value the normalised code: upper case, without spaces or the organisation code's hyphen
 * @param kind which of the two standards it follows
 * @param warnings Chinese sentences about doubtful but accepted parts
 */
public record CreditCode(String value, Kind kind, List<String> warnings) {

    /** Which standard a code follows. */
    public enum Kind {
        /** 统一社会信用代码, GB 32100-2015, 18 characters. */
        UNIFIED_SOCIAL_CREDIT_CODE,
        /** 组织机构代码, GB 11714, 8 characters and a check character. */
        ORGANISATION_CODE
    }

    /** GB 32100's 31 characters (no I, O, Z, S, V), valued 0–30 in this order. */
    static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public CreditCode {
        warnings = List.copyOf(warnings);
    }

    /** The outcome of a check: the accepted code, or a Chinese message naming what is wrong. */
    public sealed interface Result {
        /** The code was accepted (maybe with warnings). */
        record Valid(CreditCode code) implements Result {}

        /** The code was refused; {@code message} says why, in Chinese, for the field. */
        record Invalid(String message) implements Result {}

        /** The accepted code, or empty when it was refused. */
        default Optional<CreditCode> accepted() {
            return this instanceof Valid v ? Optional.of(v.code()) : Optional.empty();
        }
    }

    /**
     * Checks a 统一社会信用代码 or a 组织机构代码, told apart by length. Spaces around the input are
     * ignored, lower case is accepted and normalised, and a 组织机构代码 may be written with its hyphen
     * ({@code 00001434-9}).
     */
    public static Result check(String input) {
        if (input == null || input.isBlank()) {
            return new Result.Invalid("请填写统一社会信用代码或组织机构代码");
        }
        String code = input.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 18) {
            return checkUnified(code);
        }
        if (code.length() == 9 || (code.length() == 10 && code.charAt(8) == '-')) {
            return checkOrganisation(code.replace("-", ""));
        }
        return new Result.Invalid("代码长度为" + code.length() + "位：统一社会信用代码应为18位，组织机构代码应为9位（可含连字符）");
    }

    /** Checks an 18-character 统一社会信用代码 (GB 32100-2015). */
    public static Result checkUnified(String input) {
        String code = input.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return new Result.Invalid("统一社会信用代码应为18位，现为" + code.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (USCC_ALPHABET.indexOf(c) < 0) {
                return new Result.Invalid("统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（只用数字和除I、O、Z、S、V以外的大写字母）");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!isDigit(code.charAt(i))) {
                return new Result.Invalid("统一社会信用代码第3至8位是登记管理机关行政区划码，应为数字，第" + (i + 1) + "位是“" + code.charAt(i) + "”");
            }
        }
        char expected = unifiedCheckCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return new Result.Invalid("统一社会信用代码校验码错误：第18位应为“" + expected + "”，现为“" + code.charAt(17) + "”，请核对代码是否抄错");
        }
        String inner = code.substring(8, 17);
        List<String> warnings = List.of();
        Result innerCheck = checkOrganisation(inner);
        if (innerCheck instanceof Result.Invalid invalid) {
            warnings = List.of("主体标识码（第9至17位）" + inner + "未通过组织机构代码校验（" + invalid.message() + "），代码仍予接受，请核对");
        }
        return new Result.Valid(new CreditCode(code, Kind.UNIFIED_SOCIAL_CREDIT_CODE, warnings));
    }

    /** Checks a 9-character 组织机构代码 (GB 11714), hyphen before the check character optional. */
    public static Result checkOrganisation(String input) {
        String code = input.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 10 && code.charAt(8) == '-') {
            code = code.substring(0, 8) + code.charAt(9);
        }
        if (code.length() != 9) {
            return new Result.Invalid("组织机构代码应为9位（不含连字符），现为" + code.length() + "位");
        }
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            if (!isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                return new Result.Invalid("组织机构代码第" + (i + 1) + "位“" + c + "”不是数字或大写字母");
            }
        }
        char expected = organisationCheckCharacter(code.substring(0, 8));
        if (code.charAt(8) != expected) {
            return new Result.Invalid("组织机构代码校验码错误：第9位应为“" + expected + "”，现为“" + code.charAt(8) + "”");
        }
        return new Result.Valid(new CreditCode(code, Kind.ORGANISATION_CODE, List.of()));
    }

    /**
     * The 18th character of a 统一社会信用代码 whose first 17 characters are given:
     * {@code alphabet[(31 − Σ value·3^i mod 31) mod 31]}.
     */
    public static char unifiedCheckCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a GB 32100 character: " + first17.charAt(i));
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The 9th character of a 组织机构代码 whose first 8 characters are given: {@code 11 − Σ value·W' mod
     * 11}, with 10 written 'X' and 11 written '0'.
     */
    public static char organisationCheckCharacter(String first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("8 characters expected: " + first8);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int value = isDigit(c) ? c - '0' : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not a GB 11714 character: " + c);
            }
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
