package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemSubmitted;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author submits (供稿) a draft or returned item into the 三审 chain, with the steps their agency
 * applies now. Publishes {@link ItemSubmitted}.
 */
@Component
class SubmitItem {
    private final CatalogItems items;
    private final Catalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmitItem(CatalogItems items, Catalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws NotFound when the item is not visible to the author
     * @throws ItemRefused when they are not its author or it is not a draft or returned
     */
    @Transactional
    ReviewStep run(GongkaiUser author, long itemId) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, author.agencyId())
                .filter(i -> i.visibleTo(author))
                .orElseThrow(NotFound::new);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewStep first = item.submit(author, catalogs.of(author.agency()).steps(), now);
        events.publishEvent(new ItemSubmitted(
                Actor.of(author), now, author.agency(), new CatalogItemId(item.id()), item.title(), first));
        return first;
    }
}
