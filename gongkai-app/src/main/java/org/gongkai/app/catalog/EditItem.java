package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.ItemChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The author changes their draft or returned item. Publishes {@link ItemChanged} when anything changed. */
@Component
class EditItem {
    private final CatalogItems items;
    private final CatalogColumns columns;
    private final PublishDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditItem(
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

    /**
     * Saves the changes; false with the reasons in {@code errors}.
     *
     * @throws NotFound when the item is not the author's agency's or not visible to them
     * @throws ItemRefused when they are not its author or it is under review or published
     */
    @Transactional
    boolean run(GongkaiUser author, long itemId, ItemForm form, Errors errors) {
        CatalogItem item = items.findByIdAndAgencyId(itemId, author.agencyId())
                .filter(i -> i.visibleTo(author))
                .orElseThrow(NotFound::new);
        item.requireEditableBy(author);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ItemContent> content = ItemRules.check(form, columns, author.agencyId(), LocalDate.now(clock), errors);
        if (content.isEmpty()) {
            return false;
        }
        ItemContent before = item.content();
        item.edit(author, content.get(), now);
        if (!item.isCorrection()) {
            // a correction's clock runs from the day it was drafted (变更之日, DraftCorrection)
            item.scheduleBy(deadlines.of(content.get().formedOn()));
        }
        Map<String, Object> was = before.fields(columnName(before.columnId()));
        Map<String, Object> is = content.get().fields(columnName(content.get().columnId()));
        boolean bodyChanged = !before.body().equals(content.get().body());
        if (!was.equals(is) || bodyChanged) {
            was.put("bodyChanged", false);
            is.put("bodyChanged", bodyChanged);
            events.publishEvent(new ItemChanged(
                    Actor.of(author), now, author.agency(), new CatalogItemId(item.id()), item.title(), was, is));
        }
        return true;
    }

    private String columnName(long columnId) {
        return columns.findById(columnId).map(CatalogColumn::name).orElse(null);
    }
}
