package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator added a column to the agency's catalog. */
public record CatalogColumnCreated(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, CatalogColumnId column, Map<String, Object> fields)
        implements CatalogEvent {
    @Override
    public String subjectType() {
        return "catalogColumn";
    }

    @Override
    public String subjectId() {
        return column.toString();
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(String.valueOf(fields.get("columnName")));
    }

    @Override
    public Map<String, Object> after() {
        return fields;
    }
}
