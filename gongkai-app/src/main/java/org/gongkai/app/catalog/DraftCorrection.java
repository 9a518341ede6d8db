package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.catalog.api.CatalogItemId;
import org.gongkai.app.catalog.api.CorrectionDrafted;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A writer of the agency (供稿人 or the disclosure office) starts a correction (更正) of a published item,
 * saying why: a draft of their own holding the item's content and attachments (they may remove some and add
 * others), which they change and submit into the
 * agency's whole 三审 chain like any item ({@link PassItem} applies it when the last step passes). The
 * published version stays public meanwhile. A changed text must pass the 保密审查 again (条例第十七条),
 * so no step is skipped. One correction at a time: while one is open, it is the one returned. Publishes
 * {@link CorrectionDrafted}.
 */
@Component
class DraftCorrection {
    private final CatalogItems items;
    private final ItemAttachments attachments;
    private final PublishDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftCorrection(
            CatalogItems items,
            ItemAttachments attachments,
            PublishDeadlines deadlines,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The correction's draft (the open one if there is one), or empty with the reason's problem in {@code
     * errors}.
     *
     * @throws NotFound when the item is not visible to the writer
     * @throws ItemRefused when it is not published
     */
    @Transactional
    Optional<CatalogItem> run(GongkaiUser writer, long itemId, ReasonForm form, Errors errors) {
        CatalogItem published = items.findByIdAndAgencyId(itemId, writer.agencyId())
                .filter(i -> i.visibleTo(writer))
                .orElseThrow(NotFound::new);
        Optional<CatalogItem> open = items.findFirstByAgencyIdAndCorrectsItemId(writer.agencyId(), itemId);
        if (open.isPresent()) {
            if (!open.get().visibleTo(writer)) {
                throw new ItemRefused(ItemRefused.Reason.NOT_CORRECTABLE, published.state());
            }
            return open;
        }
        String reason = form.check(errors);
        if (reason == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CatalogItem draft = CatalogItem.correctionOf(published, writer.personId(), reason, now);
        // 条例第二十六条: 20 working days from the day the information changed (变更之日), taken as today
        draft.scheduleBy(deadlines.of(LocalDate.now(clock)));
        CatalogItem correction = items.save(draft);
        attachments.saveAll(
                attachments.findByItemIdAndAgencyIdOrderByIdAsc(published.id(), published.agencyId()).stream()
                        .map(a -> a.copyFor(correction))
                        .toList());
        events.publishEvent(new CorrectionDrafted(
                Actor.of(writer),
                now,
                writer.agency(),
                new CatalogItemId(published.id()),
                new CatalogItemId(correction.id()),
                published.title(),
                published.indexNumber(),
                reason));
        return Optional.of(correction);
    }
}
