package org.gongkai.app.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.app.letter.api.LetterKind;

/**
 * The default templates, read once from {@code letter/defaults/}: one file per kind (first line the headline, the
 * rest the body), the remedies paragraph ({@code remedies.txt}) and the default 文号 template ({@code number.txt}).
 */
final class DefaultTemplates {
    private static final Map<LetterKind, LetterTemplate> TEMPLATES = new EnumMap<>(LetterKind.class);
    private static final String REMEDIES = read("remedies.txt").strip();
    private static final String NUMBER = read("number.txt").strip();

    static {
        for (LetterKind kind : LetterKind.values()) {
            String text = read(kind.name() + ".txt").strip();
            int newline = text.indexOf('\n');
            TEMPLATES.put(kind, new LetterTemplate(text.substring(0, newline).strip(), text.substring(newline + 1)));
        }
    }

    private DefaultTemplates() {}

    /** The default template of {@code kind}. */
    static LetterTemplate of(LetterKind kind) {
        return TEMPLATES.get(kind);
    }

    /** The remedies paragraph {@code {救济途径}} stands for: 行政复议 within 60 days, 行政诉讼 within 6 months. */
    static String remedies() {
        return REMEDIES;
    }

    /** The default 文号 template. */
    static String numberTemplate() {
        return NUMBER;
    }

    private static String read(String name) {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream("/letter/defaults/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing letter/defaults/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
