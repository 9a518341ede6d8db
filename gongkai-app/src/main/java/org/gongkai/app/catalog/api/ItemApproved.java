package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** A reviewer passed an item at {@code step}; it waits at {@code next}, or is published when {@code next} is null. */
public record ItemApproved(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        ReviewStep step,
        ReviewStep next)
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
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        if (next == null) {
            after.put("published", true);
        } else {
            after.put("step", next);
        }
        return after;
    }
}
