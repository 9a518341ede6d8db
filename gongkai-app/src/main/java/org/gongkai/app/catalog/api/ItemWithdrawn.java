package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The disclosure office withdrew (撤回) a published item, with a reason; its page says so and its 索引号 is never reused. */
public record ItemWithdrawn(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        String indexNumber,
        String withdrawalReason)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title, indexNumber);
    }

    @Override
    public String reason() {
        return withdrawalReason;
    }
}
