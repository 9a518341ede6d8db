package org.gongkai.app.letter;

import java.util.LinkedHashMap;
import java.util.Map;

/** A template of a kind of letter: its headline and body (one paragraph per line), both with placeholders. */
record LetterTemplate(String headline, String body) {
    /** Its fields, for the record of actions. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("letterHeadline", headline);
        f.put("letterBody", body);
        return f;
    }
}
