package org.gongkai.app.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An item passed its last step and was published: its 索引号 was allocated, once and for good. */
public record ItemPublished(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        String indexNumber,
        LocalDate publishedOn)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title, indexNumber);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("indexNumber", indexNumber);
        after.put("publishedOn", publishedOn.toString());
        return after;
    }
}
