package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** A reviewer returned an item at {@code step} to its author, with a reason. */
public record ItemReturned(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        ReviewStep step,
        String returnReason)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title);
    }

    @Override
    public Map<String, Object> before() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("step", step);
        return before;
    }

    @Override
    public String reason() {
        return returnReason;
    }
}
