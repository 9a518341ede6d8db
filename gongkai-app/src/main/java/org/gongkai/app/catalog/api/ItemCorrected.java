package org.gongkai.app.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * A correction (更正) passed the last step of the chain: the published item shows the new version from
 * {@code correctedOn}, the previous one is kept as history, the 索引号 is unchanged.
 */
public record ItemCorrected(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        String indexNumber,
        int versionBefore,
        int versionAfter,
        String titleBefore,
        boolean bodyChanged,
        LocalDate correctedOn,
        String correctionReason)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return List.of(title, indexNumber, versionAfter);
    }

    @Override
    public String reason() {
        return correctionReason;
    }

    @Override
    public Map<String, Object> before() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", versionBefore);
        before.put("title", titleBefore);
        return before;
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", versionAfter);
        after.put("title", title);
        after.put("bodyChanged", bodyChanged);
        after.put("correctionPublishedOn", correctedOn.toString());
        return after;
    }
}
