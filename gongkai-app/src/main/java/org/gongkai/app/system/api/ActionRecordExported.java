package org.gongkai.app.system.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Someone took a copy of the record of actions (who copied the record is part of the record).
 *
 * @param agency the exporting person's agency
 * @param rows how many rows the copy holds
 * @param filter the filter as the reader set it, empty when none
 */
public record ActionRecordExported(Actor actor, OffsetDateTime occurredAt, AgencyId agency, int rows, String filter)
        implements RecordedAction {
    @Override
    public String subjectType() {
        return "actionRecord";
    }

    @Override
    public String subjectId() {
        return null;
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(rows);
    }

    @Override
    public Map<String, Object> after() {
        return filter.isEmpty() ? Map.of() : Map.of("filter", filter);
    }
}
