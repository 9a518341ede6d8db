package org.gongkai.app.calendar.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/**
 * The platform administrator loaded (or replaced) the holiday notice of {@code year} for {@code region}.
 * Deadlines computed as 暂定 for that year must be recomputed: listeners ask the calendar again, which
 * already answers with the new notice when the event is delivered (after the commit).
 *
 * @param region {@link #NATIONAL} for the State Council's notice, otherwise the code of the region whose
 *     extra holidays were loaded
 * @param previousSource the source of the notice it replaced, or null when there was none
 * @param previousContent that notice's content, or null
 * @param content the notice as loaded (the record of actions keeps it)
 */
public record HolidayNoticeLoaded(
        Actor actor,
        OffsetDateTime occurredAt,
        int year,
        String region,
        String source,
        String previousSource,
        String previousContent,
        String content)
        implements RecordedAction {
    /** The region code of the State Council's national notice. */
    public static final String NATIONAL = "CN";

    /** How the record names the national scope ({@code noticeScope.NATIONAL}). */
    public enum NoticeScope {
        NATIONAL
    }

    @Override
    public AgencyId agency() {
        return null;
    }

    @Override
    public String subjectType() {
        return "holidayNotice";
    }

    @Override
    public String subjectId() {
        return year + "/" + region;
    }

    @Override
    public String action() {
        return previousSource == null ? "HolidayNoticeLoaded" : "HolidayNoticeReplaced";
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(String.valueOf(year), NATIONAL.equals(region) ? NoticeScope.NATIONAL : region, source);
    }

    @Override
    public Map<String, Object> before() {
        if (previousSource == null) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", previousSource);
        fields.put("content", previousContent);
        return fields;
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", source);
        fields.put("content", content);
        return fields;
    }
}
