package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * A correction (更正) of a published item was drafted, with its reason; it goes through the 三审 chain as a
 * draft of its own ({@code correction}) while the published version stays public.
 */
public record CorrectionDrafted(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        CatalogItemId correction,
        String title,
        String indexNumber,
        String correctionReason)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return List.of(title, indexNumber);
    }

    @Override
    public String reason() {
        return correctionReason;
    }
}
