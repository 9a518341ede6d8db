package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency's catalog was opened with the default columns (domain-spec §6.3), once per agency. */
public record CatalogOpened(Actor actor, OffsetDateTime occurredAt, AgencyId agency, int columns)
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
        return Arrays.asList(columns);
    }
}
