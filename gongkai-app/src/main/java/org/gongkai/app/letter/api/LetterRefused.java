package org.gongkai.app.letter.api;

import java.util.List;

/**
 * A letter cannot be issued: its template names placeholders whose values the caller did not give. Nothing was
 * stored and no 文号 was used.
 *
 * @param missing the placeholders without a value, e.g. {@code 补正事项}
 */
public class LetterRefused extends RuntimeException {
    private final List<String> missing;

    public LetterRefused(LetterKind kind, List<String> missing) {
        super(kind + " lacks " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
