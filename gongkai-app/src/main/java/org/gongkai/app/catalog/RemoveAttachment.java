package org.gongkai.app.catalog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.AttachmentRemoved;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The author removes an attachment of their draft or returned item; a published item's attachments are
 * part of what was published and stay. The file on disk goes once the removal is committed and no other
 * attachment has the same content. Publishes {@link AttachmentRemoved}.
 */
@Component
class RemoveAttachment {
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final AttachmentFiles files;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RemoveAttachment(
            CatalogItems items,
            ItemAttachments attachments,
            AttachmentFiles files,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.files = files;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws NotFound when the item or attachment is not the author's agency's or not visible to them
     * @throws ItemRefused when they are not its author or it is under review or published
     */
    @Transactional
    void run(GongkaiUser author, long itemId, long attachmentId) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, author.agencyId())
                .filter(i -> i.visibleTo(author))
                .orElseThrow(NotFound::new);
        ItemAttachment attachment = attachments
                .findByIdAndItemIdAndAgencyId(attachmentId, itemId, author.agencyId())
                .orElseThrow(NotFound::new);
        item.requireEditableBy(author);
        attachments.delete(attachment);
        entityManager.flush();
        Search.session(entityManager).indexingPlan().addOrUpdate(item);
        String sha256 = attachment.sha256();
        if (attachments.countBySha256(sha256) == 0) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    files.delete(sha256);
                }
            });
        }
        events.publishEvent(new AttachmentRemoved(
                Actor.of(author),
                OffsetDateTime.now(clock),
                author.agency(),
                new CatalogItemId(item.id()),
                item.title(),
                attachment.id(),
                attachment.originalName(),
                attachment.mediaType(),
                attachment.size(),
                sha256));
    }
}
