package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** A submitter drafted an item (草稿); nobody else sees it yet. */
public record ItemDrafted(Actor actor, OffsetDateTime occurredAt, AgencyId agency, CatalogItemId item, String title)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(title);
    }
}
