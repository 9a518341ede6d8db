package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/**
 * Checks an {@link ItemForm} field by field, each refusal a Chinese message at its field: a column of the
 * agency, 名称 (required, at most 200 characters), 发布机构 (required, the standard full name), 生成日期 (a
 * date YYYY-MM-DD, not in the future), 内容概述 at most 500, 文号 at most 100, 有效性 with the date it
 * ended when 失效 or 废止, a body with text. One-line fields refuse hidden characters.
 */
final class ItemRules {
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_PUBLISHER = 200;
    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_TOPIC = 100;
    static final int MAX_GENRE = 50;
    static final int MAX_BODY = 500_000;

    private ItemRules() {}

    /** The checked content, or empty with the reasons in {@code errors}. */
    static Optional<ItemContent> check(
            ItemForm form, CatalogColumns columns, long agencyId, LocalDate today, Errors errors) {
        Long columnId = null;
        try {
            columnId = Long.valueOf(form.getColumnId().strip());
        } catch (NumberFormatException e) {
            // refused below
        }
        if (columnId == null || columns.findByIdAndAgencyId(columnId, agencyId).isEmpty()) {
            errors.rejectValue("columnId", "item.column.required");
        }
        String title = line(form.getTitle(), "title", "item.title.required", MAX_TITLE, errors);
        String summary = optionalText(form.getSummary(), "summary", MAX_SUMMARY, errors);
        String publisher = line(form.getPublisher(), "publisher", "item.publisher.required", MAX_PUBLISHER, errors);
        LocalDate formedOn = date(form.getFormedOn(), "formedOn", true, errors);
        if (formedOn != null && formedOn.isAfter(today)) {
            errors.rejectValue("formedOn", "item.formedOn.future");
        }
        String documentNumber = optionalLine(form.getDocumentNumber(), "documentNumber", MAX_DOCUMENT_NUMBER, errors);
        String topic = optionalLine(form.getTopic(), "topic", MAX_TOPIC, errors);
        String genre = optionalLine(form.getGenre(), "genre", MAX_GENRE, errors);
        Validity validity = constant(Validity.class, form.getValidity());
        if (validity == null) {
            errors.rejectValue("validity", "item.validity.required");
        }
        LocalDate validityChangedOn = date(form.getValidityChangedOn(), "validityChangedOn", false, errors);
        if (validity != null
                && validity != Validity.IN_FORCE
                && validityChangedOn == null
                && !errors.hasFieldErrors("validityChangedOn")) {
            errors.rejectValue("validityChangedOn", "item.validityChangedOn.required");
        }
        if (validity == Validity.IN_FORCE && validityChangedOn != null) {
            errors.rejectValue("validityChangedOn", "item.validityChangedOn.inForce");
        }
        DisclosureMode mode = constant(DisclosureMode.class, form.getDisclosureMode());
        if (mode == null) {
            errors.rejectValue("disclosureMode", "item.disclosureMode.required");
        }
        String body = Bodies.sanitise(form.getBody());
        if (!Bodies.hasText(body)) {
            errors.rejectValue("body", "item.body.required");
        } else if (body.length() > MAX_BODY) {
            errors.rejectValue("body", "item.body.tooLong", new Object[] {MAX_BODY}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ItemContent(
                columnId,
                title,
                summary,
                publisher,
                formedOn,
                documentNumber,
                topic,
                genre,
                validity,
                validityChangedOn,
                mode,
                body));
    }

    private static String line(String value, String field, String requiredKey, int max, Errors errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            errors.rejectValue(field, requiredKey);
            return null;
        }
        return checkedLine(v, field, max, errors);
    }

    private static String optionalLine(String value, String field, int max, Errors errors) {
        String v = value.strip();
        return v.isEmpty() ? null : checkedLine(v, field, max, errors);
    }

    private static String checkedLine(String v, String field, int max, Errors errors) {
        if (PlainText.hasHiddenCharacters(v)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (v.length() > max) {
            errors.rejectValue(field, "item.field.tooLong", new Object[] {max}, null);
        }
        return v;
    }

    private static String optionalText(String value, String field, int max, Errors errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            errors.rejectValue(field, "item.field.tooLong", new Object[] {max}, null);
        }
        return v;
    }

    private static LocalDate date(String value, String field, boolean required, Errors errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "item.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "item.date.invalid", new Object[] {PlainText.excerpt(v, 20)}, null);
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
