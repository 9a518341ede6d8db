package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ValidityChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The disclosure office records that a published 规范性文件 was repealed (废止) or expired (失效), with the
 * day and the reason; the item's page and the register then say so, and table 2 counts it. A fact about
 * the document, not a change of its text: no review chain. Publishes {@link ValidityChanged}.
 */
@Component
class RecordValidity {
    private final CatalogItems items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordValidity(CatalogItems items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records it; false with the problems in {@code errors}.
     *
     * @throws NotFound when the item is not visible to the officer
     * @throws ItemRefused when it is not a published 规范性文件 in force, the day is before it was formed, or
     *     the officer is not of the disclosure office
     */
    @Transactional
    boolean run(GongkaiUser officer, long itemId, ValidityForm form, Errors errors) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, officer.agencyId())
                .filter(i -> i.visibleTo(officer))
                .orElseThrow(NotFound::new);
        if (!officer.may(Permission.REVIEW_CATALOG_ITEMS)) {
            throw new ItemRefused(ItemRefused.Reason.NOT_REPEALABLE, item.state());
        }
        ValidityForm.Checked checked = form.check(LocalDate.now(clock), errors);
        if (checked == null) {
            return false;
        }
        Validity before = item.validity();
        OffsetDateTime now = OffsetDateTime.now(clock);
        item.recordValidity(checked.validity(), checked.changedOn(), checked.reason(), now);
        events.publishEvent(new ValidityChanged(
                Actor.of(officer),
                now,
                officer.agency(),
                new CatalogItemId(item.id()),
                item.title(),
                item.documentNumber(),
                before.name(),
                checked.validity().name(),
                checked.changedOn(),
                checked.reason()));
        return true;
    }
}
