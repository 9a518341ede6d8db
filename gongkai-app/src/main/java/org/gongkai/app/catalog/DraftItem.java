package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemDrafted;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** A submitter (or the disclosure office) drafts an item of their agency's catalog. Publishes {@link ItemDrafted}. */
@Component
class DraftItem {
    private final CatalogItems items;
    private final CatalogColumns columns;
    private final PublishDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftItem(
            CatalogItems items,
            CatalogColumns columns,
            PublishDeadlines deadlines,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.columns = columns;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** The new draft, or empty with the reasons in {@code errors}. */
    @Transactional
    Optional<CatalogItem> run(GongkaiUser author, ItemForm form, Errors errors) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ItemContent> content = ItemRules.check(form, columns, author.agencyId(), LocalDate.now(clock), errors);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        CatalogItem draft = new CatalogItem(author.agencyId(), author.personId(), content.get(), now);
        draft.scheduleBy(deadlines.of(content.get().formedOn()));
        CatalogItem item = items.save(draft);
        events.publishEvent(
                new ItemDrafted(Actor.of(author), now, author.agency(), new CatalogItemId(item.id()), item.title()));
        return Optional.of(item);
    }
}
