package org.gongkai.app.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The author removed an attachment from their draft or returned item (a published item's attachments stay). */
public record AttachmentRemoved(
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
    public Map<String, Object> before() {
        return Map.of("fileName", fileName, "mediaType", mediaType, "size", size, "sha256", sha256);
    }
}
