package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemWithdrawn;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office withdraws (撤回) a published item with a reason; the portal's page of the item
 * then says it was withdrawn, when and why. Publishes {@link ItemWithdrawn}.
 */
@Component
class WithdrawItem {
    private final CatalogItems items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawItem(CatalogItems items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Withdraws the item; false with the reason's problem in {@code errors}.
     *
     * @throws NotFound when the item is not visible to the officer
     * @throws ItemRefused when it is not published
     */
    @Transactional
    boolean run(GongkaiUser officer, long itemId, ReasonForm form, Errors errors) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, officer.agencyId())
                .filter(i -> i.visibleTo(officer))
                .orElseThrow(NotFound::new);
        String reason = form.check(errors);
        if (reason == null) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        item.withdraw(officer, reason, LocalDate.now(clock), now);
        events.publishEvent(new ItemWithdrawn(
                Actor.of(officer),
                now,
                officer.agency(),
                new CatalogItemId(item.id()),
                item.title(),
                item.indexNumber(),
                reason));
        return true;
    }
}
