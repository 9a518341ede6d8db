package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of an agency's 索引号 (domain-spec §6.2): {@code {code}} is the agency's 统一社会信用代码
 * or 组织机构代码, {@code {YYYY}} the year of first publication, {@code {MM}} its month, and {@code {NNNNN}}
 * (as many N as digits) the sequence number of that year within the agency. The default is the national
 * model's {@code 前段码/后段码}: {@code {code}/{YYYY}-{NNNNN}}, e.g. {@code 000014349/2017-00110}.
 */
final class IndexTemplate {
    static final String DEFAULT = "{code}/{YYYY}-{NNNNN}";
    static final int MAX_LENGTH = 60;

    private static final Pattern TOKEN = Pattern.compile("\\{(code|YYYY|MM|N+)}");
    private static final Pattern ALLOWED_TEXT = Pattern.compile("[A-Za-z0-9/\\-_.]*");

    private IndexTemplate() {}

    /**
     * The message key of what is wrong with {@code template}, or null when it can be used: it needs
     * {@code {YYYY}} and one {@code {N…}} (3 to 9 digits) so that numbers are unique, and otherwise only
     * letters, digits and / - _ .
     */
    static String problem(String template) {
        if (template.isEmpty()) {
            return "catalog.indexTemplate.required";
        }
        if (template.length() > MAX_LENGTH) {
            return "catalog.indexTemplate.tooLong";
        }
        Matcher m = TOKEN.matcher(template);
        int years = 0;
        int sequences = 0;
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(template, last, m.start());
            last = m.end();
            String token = m.group(1);
            if (token.equals("YYYY")) {
                years++;
            } else if (token.startsWith("N")) {
                if (token.length() < 3 || token.length() > 9) {
                    return "catalog.indexTemplate.digits";
                }
                sequences++;
            }
        }
        rest.append(template.substring(last));
        if (years != 1 || sequences != 1) {
            return "catalog.indexTemplate.tokens";
        }
        if (!ALLOWED_TEXT.matcher(rest).matches()) {
            return "catalog.indexTemplate.characters";
        }
        return null;
    }

    /** The 索引号 of the {@code number}th item of {@code publishedOn}'s year. */
    static String format(String template, String code, LocalDate publishedOn, int number) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = switch (token) {
                case "code" -> code;
                case "YYYY" -> String.format("%04d", publishedOn.getYear());
                case "MM" -> String.format("%02d", publishedOn.getMonthValue());
                default -> String.format("%0" + token.length() + "d", number);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
