package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The author changed a draft or returned item: the metadata before and after (the body is marked only as changed). */
public record ItemChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        Map<String, Object> before,
        Map<String, Object> after)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title);
    }
}
