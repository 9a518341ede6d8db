package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemReturned;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** A reviewer returns an item at their step to its author, with a reason. Publishes {@link ItemReturned}. */
@Component
class ReturnItem {
    private final CatalogItems items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnItem(CatalogItems items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Returns the item; false with the reason's problem in {@code errors}.
     *
     * @throws NotFound when the item is not visible to the reviewer
     * @throws ItemRefused when it waits at no step, at another person's step, or they submitted it
     */
    @Transactional
    boolean run(GongkaiUser reviewer, long itemId, ReasonForm form, Errors errors) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, reviewer.agencyId())
                .filter(i -> i.visibleTo(reviewer))
                .orElseThrow(NotFound::new);
        String reason = form.check(errors);
        if (reason == null) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewStep step = item.returnToAuthor(reviewer, reason, now);
        events.publishEvent(new ItemReturned(
                Actor.of(reviewer), now, reviewer.agency(), new CatalogItemId(item.id()), item.title(), step, reason));
        return true;
    }
}
