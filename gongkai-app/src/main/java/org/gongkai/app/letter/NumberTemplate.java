package org.gongkai.app.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of an agency's letter 文号, e.g. {@code 某政公开〔{年}〕{号}号} → 某政公开〔2026〕12号: {@code {年}} is
 * the year of issue and {@code {号}} the letter's sequence number in that year within the agency, so numbers are
 * unique when each appears once.
 */
final class NumberTemplate {
    static final int MAX_LENGTH = 60;

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}\\s]{1,20})}");

    private NumberTemplate() {}

    /** The message key of what is wrong with {@code template}, or null when it can be used. */
    static String problem(String template) {
        if (template.isBlank()) {
            return "letter.numberTemplate.required";
        }
        if (template.length() > MAX_LENGTH) {
            return "letter.numberTemplate.tooLong";
        }
        int years = 0;
        int numbers = 0;
        Matcher m = TOKEN.matcher(template);
        while (m.find()) {
            switch (m.group(1)) {
                case "年" -> years++;
                case "号" -> numbers++;
                default -> {
                    return "letter.numberTemplate.unknown";
                }
            }
        }
        return years == 1 && numbers == 1 ? null : "letter.numberTemplate.tokens";
    }

    /** The 文号 of the {@code number}th letter of {@code year}. */
    static String format(String template, int year, int number) {
        return template.replace("{年}", Integer.toString(year)).replace("{号}", Integer.toString(number));
    }
}
