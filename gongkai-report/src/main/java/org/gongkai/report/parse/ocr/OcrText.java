package org.gongkai.report.parse.ocr;

import java.util.regex.Pattern;

/**
 * What OCR makes of numbers and borders, mended: a letter read for a digit ({@code O} for 0), specks
 * read as punctuation beside a number, a table border read as {@code |}. Every mended number is
 * reported as unsure by {@link OcrLayout}.
 */
final class OcrText {
    /** A cell that holds numbers only (a value, or values OCR did not part). */
    static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9., ]*");

    /** One number as digits alone can print it: a value, negative or with decimals. */
    static final Pattern VALUE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private OcrText() {}

    /**
     * A number with a letter that OCR confuses with a digit ({@code O} for 0, {@code l} or {@code I}
     * for 1) as the number; any other text as it is. Only a word that is otherwise all digits is mended.
     */
    static String mended(String text) {
        boolean anyDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                anyDigit = true;
            } else if ("OoIl〇.,-".indexOf(c) < 0) {
                return text;
            }
        }
        if (!anyDigit && !text.matches("[Oo〇]")) {
            return text;
        }
        return text.replace('O', '0')
                .replace('o', '0')
                .replace('〇', '0')
                .replace('I', '1')
                .replace('l', '1');
    }

    /**
     * A number with specks OCR read as punctuation before or after it ({@code ，1}, {@code 0。}) as the
     * number; any other text as it is. The change makes the cell unsure, as a mended letter does.
     */
    static String trimmed(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && SPECKS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && SPECKS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        String inner = text.substring(from, to);
        return (from > 0 || to < text.length()) && NUMBER.matcher(mended(inner)).matches() ? inner : text;
    }

    private static final String SPECKS = "，,。.、'\"“”‘’`:：;；·";

    /** Table borders read as characters: {@code |}, {@code ||}, {@code —}. */
    static boolean isRule(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("|｜丨[]【】_—-一".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return text.length() > 1 || "|｜丨[]【】_".indexOf(text.charAt(0)) >= 0;
    }
}
