package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an author writes of an item, checked ({@link ItemRules}) and its body sanitised ({@link Bodies}). */
record ItemContent(
        long columnId,
        String title,
        String summary,
        String publisher,
        LocalDate formedOn,
        String documentNumber,
        String topic,
        String genre,
        Validity validity,
        LocalDate validityChangedOn,
        DisclosureMode disclosureMode,
        String body) {

    /** The metadata as the record of actions shows them (the body is too long: only whether it changed). */
    Map<String, Object> fields(String columnName) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("column", columnName);
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("publisher", publisher);
        fields.put("formedOn", formedOn);
        fields.put("documentNumber", documentNumber);
        fields.put("topic", topic);
        fields.put("genre", genre);
        fields.put("validity", validity);
        fields.put("validityChangedOn", validityChangedOn);
        fields.put("disclosureMode", disclosureMode);
        return fields;
    }
}
