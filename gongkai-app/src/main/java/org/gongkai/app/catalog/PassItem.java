package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemApproved;
import org.gongkai.app.catalog.api.ItemPublished;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer passes an item at the step it waits at (审核, 保密审查, 审批); at the last step the item is
 * published and given its 索引号 ({@link IndexNumbers}) in the same transaction — or, for a correction
 * (更正), the corrected item takes its content ({@link ApplyCorrection}). Publishes {@link ItemApproved},
 * and {@link ItemPublished} at the last step of a new item.
 */
@Component
class PassItem {
    private final CatalogItems items;
    private final Catalogs catalogs;
    private final IndexNumbers indexNumbers;
    private final ApplyCorrection applyCorrection;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PassItem(
            CatalogItems items,
            Catalogs catalogs,
            IndexNumbers indexNumbers,
            ApplyCorrection applyCorrection,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.catalogs = catalogs;
        this.indexNumbers = indexNumbers;
        this.applyCorrection = applyCorrection;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The step the item waits at now, or null when it was published.
     *
     * @throws NotFound when the item is not visible to the reviewer
     * @throws ItemRefused when it waits at no step, at another person's step, or they submitted it
     */
    @Transactional
    ReviewStep run(GongkaiUser reviewer, long itemId) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, reviewer.agencyId())
                .filter(i -> i.visibleTo(reviewer))
                .orElseThrow(NotFound::new);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        ReviewStep step = item.state().step();
        ReviewStep next = item.pass(
                reviewer,
                today,
                item.isCorrection()
                        ? null
                        : () -> indexNumbers.next(
                                reviewer.agency(),
                                catalogs.of(reviewer.agency()).indexTemplate(),
                                today),
                now);
        Actor actor = Actor.of(reviewer);
        CatalogItemId id = new CatalogItemId(item.id());
        events.publishEvent(new ItemApproved(actor, now, reviewer.agency(), id, item.title(), step, next));
        if (next == null && item.isCorrection()) {
            applyCorrection.run(item, actor, reviewer.agency(), today, now);
        } else if (next == null) {
            events.publishEvent(
                    new ItemPublished(actor, now, reviewer.agency(), id, item.title(), item.indexNumber(), today));
        }
        return next;
    }
}
