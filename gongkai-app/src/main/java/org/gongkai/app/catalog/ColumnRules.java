package org.gongkai.app.catalog;

import java.util.Optional;
import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/**
 * A column: a name (required, at most 50 characters, unique among its siblings), a parent that is a
 * first-level column of the agency (the tree is two levels deep; a column with children stays on the
 * first level), the item of 条例第二十条 it serves (1–15 or none) and an update interval of 1–3660 days
 * or none.
 */
final class ColumnRules {
    static final int MAX_NAME = 50;
    static final int MAX_INTERVAL = 3660;

    /** A checked column. */
    record Checked(String name, Long parentId, Integer articleItem, Integer updateIntervalDays) {}

    private ColumnRules() {}

    static Optional<Checked> check(
            CatalogColumns columns, long agencyId, CatalogColumn changed, ColumnForm form, Errors errors) {
        String name = form.getName().strip();
        Long parentId = null;
        if (!form.getParentId().isBlank()) {
            Optional<CatalogColumn> parent =
                    parse(form.getParentId()).flatMap(id -> columns.findByIdAndAgencyId(id, agencyId));
            boolean hasChildren = changed != null
                    && columns.findByAgencyIdOrderByPositionAscIdAsc(agencyId).stream()
                            .anyMatch(c -> changed.id().equals(c.parentId()));
            if (parent.isEmpty() || parent.get().parentId() != null) {
                errors.rejectValue("parentId", "column.parent.invalid");
            } else if (changed != null && (parent.get().id().equals(changed.id()) || hasChildren)) {
                errors.rejectValue("parentId", "column.parent.ownChildren");
            } else {
                parentId = parent.get().id();
            }
        }
        if (name.isEmpty()) {
            errors.rejectValue("name", "column.name.required");
        } else if (PlainText.hasHiddenCharacters(name)) {
            errors.rejectValue("name", "text.hiddenCharacters");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "column.name.tooLong", new Object[] {MAX_NAME}, null);
        } else if (!errors.hasFieldErrors("parentId") && taken(columns, agencyId, changed, parentId, name)) {
            errors.rejectValue("name", "column.name.taken", new Object[] {name}, null);
        }
        Integer articleItem = number(form.getArticleItem(), "articleItem", 1, 15, "column.articleItem.invalid", errors);
        Integer interval = number(
                form.getUpdateIntervalDays(),
                "updateIntervalDays",
                1,
                MAX_INTERVAL,
                "column.updateIntervalDays.invalid",
                errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(name, parentId, articleItem, interval));
    }

    private static boolean taken(
            CatalogColumns columns, long agencyId, CatalogColumn changed, Long parentId, String name) {
        return columns.findByAgencyIdOrderByPositionAscIdAsc(agencyId).stream()
                .filter(c -> changed == null || !c.id().equals(changed.id()))
                .anyMatch(c -> c.name().equals(name) && java.util.Objects.equals(c.parentId(), parentId));
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer number(String text, String field, int min, int max, String key, Errors errors) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.rejectValue(field, key, new Object[] {min, max}, null);
        return null;
    }
}
