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

/**
 * The last step of a correction's chain passed ({@link PassItem}): the published item's current content
 * is kept as a superseded {@link ItemVersion}, the item takes the correction's content (its id, 索引号 and
 * first publication stay), files attached to the correction join the item's, the correction's draft is
 * deleted, and the search index holds only the corrected text. Publishes {@link ItemCorrected}.
 */
@Component
class ApplyCorrection {
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final ItemVersions versions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ApplyCorrection(
            CatalogItems items,
            ItemAttachments attachments,
            ItemVersions versions,
            EntityManager entityManager,
            ApplicationEventPublisher events) {
        this.items = items;
        this.attachments = attachments;
        this.versions = versions;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Applies {@code correction}, just passed by {@code actor}, to the item it corrects. */
    @Transactional(propagation = Propagation.MANDATORY)
    void run(CatalogItem correction, Actor actor, AgencyId agency, LocalDate today, OffsetDateTime now) {
        CatalogItem item = items.findByIdAndAgencyId(correction.correctsItemId(), correction.agencyId())
                .orElseThrow(NotFound::new);
        List<String> names = attachments.findByItemIdAndAgencyIdOrderByIdAsc(item.id(), item.agencyId()).stream()
                .map(ItemAttachment::originalName)
                .toList();
        long by = actor.person() == null ? 0L : actor.person().value();
        versions.save(new ItemVersion(item, names, by, correction.correctionReason(), today, now));
        int before = item.versionNumber();
        String titleBefore = item.title();
        boolean bodyChanged = !item.body().equals(correction.body());
        item.supersede(correction, today, now);
        entityManager.flush();
        entityManager
                .createQuery("UPDATE ItemAttachment a SET a.itemId = :item WHERE a.itemId = :correction")
                .setParameter("item", item.id())
                .setParameter("correction", correction.id())
                .executeUpdate();
        items.delete(correction);
        entityManager.flush();
        entityManager.refresh(item);
        Search.session(entityManager).indexingPlan().addOrUpdate(item);
        events.publishEvent(new ItemCorrected(
                actor,
                now,
                agency,
                new CatalogItemId(item.id()),
                item.title(),
                item.indexNumber(),
                before,
                item.versionNumber(),
                titleBefore,
                bodyChanged,
                today,
                correction.correctionReason()));
    }
}
