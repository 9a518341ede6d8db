package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The platform filled a demo agency's catalog with invented, published items (the demo profile is on). */
public record DemoCatalogLoaded(Actor actor, OffsetDateTime occurredAt, AgencyId agency, String agencyName, int items)
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
        return Arrays.asList(agencyName, items);
    }

    @Override
    public String reason() {
        return "reason.demoProfile";
    }
}
