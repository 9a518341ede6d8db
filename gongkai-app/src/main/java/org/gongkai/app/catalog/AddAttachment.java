package org.gongkai.app.catalog;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.AttachmentAdded;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author attaches a file to their draft or returned item: checked by its content ({@link
 * AttachmentTypes}), kept on disk by its SHA-256 ({@link AttachmentFiles}), its text kept for search.
 * Publishes {@link AttachmentAdded}.
 */
@Component
class AddAttachment {
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final AttachmentFiles files;
    private final AttachmentTypes types;
    private final AttachmentProperties properties;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AddAttachment(
            CatalogItems items,
            ItemAttachments attachments,
            AttachmentFiles files,
            AttachmentTypes types,
            AttachmentProperties properties,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.files = files;
        this.types = types;
        this.properties = properties;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Attaches the file {@code name} read from {@code content}.
     *
     * @throws NotFound when the item is not the author's agency's or not visible to them
     * @throws ItemRefused when they are not its author or it is under review or published
     * @throws AttachmentTypes.Refused when the file is empty, too large or of a type not accepted
     */
    @Transactional
    ItemAttachment run(GongkaiUser author, long itemId, String name, InputStream content) throws IOException {
        CatalogItem item = items.findByIdAndAgencyId(itemId, author.agencyId())
                .filter(i -> i.visibleTo(author))
                .orElseThrow(NotFound::new);
        item.requireEditableBy(author);
        AttachmentFiles.Incoming incoming = files.receive(content, properties.maxBytes());
        AttachmentTypes.Checked checked;
        try {
            checked = types.check(incoming.path());
        } catch (AttachmentTypes.Refused | IOException refused) {
            files.discard(incoming);
            throw refused;
        }
        files.keep(incoming);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ItemAttachment attachment = attachments.save(
                new ItemAttachment(item, fileName(name), checked, incoming.sha256(), author.personId(), now));
        Search.session(entityManager).indexingPlan().addOrUpdate(item);
        events.publishEvent(new AttachmentAdded(
                Actor.of(author),
                now,
                author.agency(),
                new CatalogItemId(item.id()),
                item.title(),
                attachment.id(),
                attachment.originalName(),
                attachment.mediaType(),
                attachment.size(),
                attachment.sha256()));
        return attachment;
    }

    /** The name without any path a browser sent, at most 255 characters, never blank. */
    static String fileName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = "attachment";
        }
        return n.length() <= 255 ? n : n.substring(n.length() - 255);
    }
}
