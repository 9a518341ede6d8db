package org.gongkai.app.catalog;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemCorrected;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last step of a correction's chain passed ({@link PassItem}): the published item's current content
 * is kept as a superseded {@link ItemVersion}, the item takes the correction's content (its id, 索引号 and
 * first publication stay), the correction's attachments replace the item's (files no attachment uses any
 * more leave the disk), the correction's draft is
 * deleted, and the search index holds only the corrected text. Publishes {@link ItemCorrected}.
 */
@Component
class ApplyCorrection {
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final AttachmentFiles files;
    private final ItemVersions versions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ApplyCorrection(
            CatalogItems items,
            ItemAttachments attachments,
            AttachmentFiles files,
            ItemVersions versions,
            EntityManager entityManager,
            ApplicationEventPublisher events) {
        this.items = items;
        this.attachments = attachments;
        this.files = files;
        this.versions = versions;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Applies {@code correction}, just passed by {@code actor}, to the item it corrects. */
    @Transactional(propagation = Propagation.MANDATORY)
    void run(CatalogItem correction, Actor actor, AgencyId agency, LocalDate today, OffsetDateTime now) {
        CatalogItem item = items.findByIdAndAgencyId(correction.correctsItemId(), correction.agencyId())
                .orElseThrow(NotFound::new);
        List<ItemAttachment> before = attachments.findByItemIdAndAgencyIdOrderByIdAsc(item.id(), item.agencyId());
        List<String> names = before.stream().map(ItemAttachment::originalName).toList();
        long by = actor.person() == null ? 0L : actor.person().value();
        versions.save(new ItemVersion(item, names, by, correction.correctionReason(), today, now));
        int versionBefore = item.versionNumber();
        String titleBefore = item.title();
        boolean bodyChanged = !item.body().equals(correction.body());
        item.supersede(correction, today, now);
        entityManager.flush();
        // the correction's list (the item's, copied when it was drafted, as its author left it) replaces the item's
        attachments.deleteAll(before);
        entityManager.flush();
        entityManager
                .createQuery("UPDATE ItemAttachment a SET a.itemId = :item WHERE a.itemId = :correction")
                .setParameter("item", item.id())
                .setParameter("correction", correction.id())
                .executeUpdate();
        items.delete(correction);
        entityManager.flush();
        deleteUnusedFiles(before);
        entityManager.refresh(item);
        Search.session(entityManager).indexingPlan().addOrUpdate(item);
        events.publishEvent(new ItemCorrected(
                actor,
                now,
                agency,
                new CatalogItemId(item.id()),
                item.title(),
                item.indexNumber(),
                versionBefore,
                item.versionNumber(),
                titleBefore,
                bodyChanged,
                today,
                correction.correctionReason()));
    }

    /** The files of {@code removed} that no attachment uses any more leave the disk once the correction is committed. */
    private void deleteUnusedFiles(List<ItemAttachment> removed) {
        List<String> unused = removed.stream()
                .map(ItemAttachment::sha256)
                .distinct()
                .filter(sha256 -> attachments.countBySha256(sha256) == 0)
                .toList();
        if (!unused.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    unused.forEach(files::delete);
                }
            });
        }
    }
}
