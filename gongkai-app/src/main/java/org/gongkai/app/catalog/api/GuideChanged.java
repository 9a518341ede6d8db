package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator changed the agency's 政府信息公开指南 (条例第十二条). */
public record GuideChanged(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, Map<String, Object> before, Map<String, Object> after)
        implements CatalogEvent {
    @Override
    public String subjectType() {
        return "guide";
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
