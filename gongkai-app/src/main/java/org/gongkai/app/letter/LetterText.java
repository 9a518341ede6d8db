package org.gongkai.app.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.app.letter.api.LetterData;

/**
 * A template's text and its placeholders: which names it uses, which of them are unknown, and the letter it makes
 * with the values of a {@link LetterData}. The body holds one paragraph per line; the first line ending with ：
 * is the salutation ({@code {申请人}：}). {@code {救济途径}} is replaced by the remedies paragraph before the other
 * placeholders are filled.
 */
final class LetterText {
    /** A placeholder as written: a name of up to 20 characters in braces. */
    static final Pattern TOKEN = Pattern.compile("\\{([^{}\\s]{1,20})}");

    /** What a {@code {复议机关}} or {@code {法院}} not given reads as in the remedies paragraph. */
    static final String ANY_RECONSIDERATION_BODY = "有管辖权的行政复议机关";

    static final String ANY_COURT = "有管辖权的人民法院";

    private LetterText() {}

    /** The names in braces that are no placeholder, each once, in the order they appear. */
    static List<String> unknown(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (Placeholder.named(m.group(1)).isEmpty()) {
                unknown.add(m.group(1));
            }
        }
        return List.copyOf(unknown);
    }

    /** The placeholders {@code text} names. */
    static Set<Placeholder> used(String text) {
        Set<Placeholder> used = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Placeholder.named(m.group(1)).ifPresent(used::add);
        }
        return used;
    }

    /**
     * The letter {@code template} makes with {@code data}, numbered {@code documentNumber} (null: the preview shows
     * 【文号】) and dated {@code issuedOn}. A placeholder without a value is listed in {@link Filled#missing()} and
     * shown as 【名称】.
     */
    static Filled fill(
            LetterTemplate template, String remedies, LetterData data, String documentNumber, LocalDate issuedOn) {
        List<String> missing = new ArrayList<>();
        String body = template.body().replace("{" + Placeholder.REMEDIES.label + "}", remedies);
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\\R")) {
            if (!line.isBlank()) {
                // a value of several lines (the items to complete, say) gives a paragraph per line
                for (String part : replace(line.strip(), data, documentNumber, issuedOn, missing)
                        .split("\\R")) {
                    if (!part.isBlank()) {
                        paragraphs.add(part.strip());
                    }
                }
            }
        }
        String headline = replace(template.headline().strip(), data, documentNumber, issuedOn, missing);
        String number = documentNumber == null ? "【" + Placeholder.DOCUMENT_NUMBER.label + "】" : documentNumber;
        String agency = data.agencyName() == null ? "" : data.agencyName().strip();
        String seal = data.sealLine() == null || data.sealLine().isBlank()
                ? null
                : data.sealLine().strip();
        return new Filled(
                new LetterContent(headline, number, paragraphs, agency, seal, Placeholder.date(issuedOn)),
                List.copyOf(new LinkedHashSet<>(missing)));
    }

    private static String replace(
            String text, LetterData data, String documentNumber, LocalDate issuedOn, List<String> missing) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<Placeholder> p = Placeholder.named(m.group(1));
            String value;
            if (p.isEmpty()) {
                value = m.group();
            } else {
                value = switch (p.get()) {
                    case DOCUMENT_NUMBER -> documentNumber;
                    case ISSUED_ON -> Placeholder.date(issuedOn);
                    case RECONSIDERATION_BODY ->
                        Optional.ofNullable(p.get().valueIn(data)).orElse(ANY_RECONSIDERATION_BODY);
                    case COURT -> Optional.ofNullable(p.get().valueIn(data)).orElse(ANY_COURT);
                    default -> p.get().valueIn(data);
                };
                if (value == null) {
                    missing.add(p.get().label);
                    value = "【" + p.get().label + "】";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The letter made, and the placeholders that had no value (a letter with any cannot be issued). */
    record Filled(LetterContent content, List<String> missing) {}
}
