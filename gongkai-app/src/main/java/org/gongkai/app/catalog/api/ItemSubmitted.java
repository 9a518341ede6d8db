package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The author submitted an item (供稿) into the 三审 chain; it waits at {@code firstStep}. */
public record ItemSubmitted(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, CatalogItemId item, String title, ReviewStep firstStep)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("step", firstStep);
        return after;
    }
}
