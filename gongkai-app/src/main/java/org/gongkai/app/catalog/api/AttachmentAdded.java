package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The author attached a file to their draft or returned item: its name, type, size and SHA-256. */
public record AttachmentAdded(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        CatalogItemId item,
        String title,
        long attachmentId,
        String fileName,
        String mediaType,
        long size,
        String sha256)
        implements CatalogEvent, ItemEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(fileName, title);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("fileName", fileName, "mediaType", mediaType, "size", size, "sha256", sha256);
    }
}
