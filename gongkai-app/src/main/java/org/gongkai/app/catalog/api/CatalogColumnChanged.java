package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator changed a column: its name, parent, 第二十条 item or update interval. */
public record CatalogColumnChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogColumnId column,
        Map<String, Object> before,
        Map<String, Object> after)
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
        return Arrays.asList(String.valueOf(after.get("columnName")));
    }
}
