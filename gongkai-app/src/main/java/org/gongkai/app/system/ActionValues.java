package org.gongkai.app.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How values read in the record of actions, from message keys only: an enum constant by the message
 * {@code <enumType>.<NAME>} (e.g. {@code role.AGENCY_ADMIN=机关管理员}), a collection joined with 、,
 * a moment as 2026年12月6日 11:40:45 in the platform's zone, a date as 2026年12月6日, a boolean as
 * 是/否, nothing as 无; the kind of subject by {@code subject.<type>}; the fields of a before/after
 * state by {@code field.<name>}.
 */
@Component
class ActionValues {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ActionValues(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String format(Object value) {
        if (value == null) {
            return messages.getMessage("value.none", null, ZH);
        }
        if (value instanceof Enum<?> e) {
            String type = e.getDeclaringClass().getSimpleName();
            String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + e.name();
            return messages.getMessage(key, null, e.name(), ZH);
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty()
                    ? messages.getMessage("value.none", null, ZH)
                    : items.stream().map(this::format).collect(Collectors.joining("、"));
        }
        if (value instanceof OffsetDateTime at) {
            return at.atZoneSameInstant(clock.getZone()).format(MOMENT);
        }
        if (value instanceof LocalDate day) {
            return day.format(DAY);
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "value.yes" : "value.no", null, ZH);
        }
        return value.toString();
    }

    /** The kind of subject in Chinese; records written before 0.2 name it in English ({@code Person}). */
    String subjectType(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String key = "subject." + Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return messages.getMessage(key, null, type, ZH);
    }

    /**
     * A before/after state as labelled lines ({@code 姓名：张三}); a state that is not a JSON object (records
     * written before 0.2) is shown as it was written.
     */
    String state(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        Map<String, String> fields;
        try {
            fields = json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JacksonException notJson) {
            return stored;
        }
        return fields.entrySet().stream()
                .map(f -> messages.getMessage("field." + f.getKey(), null, f.getKey(), ZH) + "：" + f.getValue())
                .collect(Collectors.joining("\n"));
    }
}
