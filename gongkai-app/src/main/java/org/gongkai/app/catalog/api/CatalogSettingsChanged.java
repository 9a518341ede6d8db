package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator changed the catalog's 索引号 template or which review steps apply. */
public record CatalogSettingsChanged(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, Map<String, Object> before, Map<String, Object> after)
        implements CatalogEvent {
    @Override
    public String subjectType() {
        return "catalog";
    }

    @Override
    public String subjectId() {
        return agency.toString();
    }

    @Override
    public List<Object> summaryArguments() {
        return List.of();
    }
}
