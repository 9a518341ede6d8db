package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.catalog.api.CatalogColumnCreated;
import org.gongkai.app.catalog.api.CatalogColumnId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator adds a column to the agency's catalog, last among its siblings. Publishes {@link CatalogColumnCreated}. */
@Component
class CreateColumn {
    private final CatalogColumns columns;
    private final Catalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreateColumn(CatalogColumns columns, Catalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.columns = columns;
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Optional<CatalogColumn> run(GongkaiUser admin, ColumnForm form, Errors errors) {
        catalogs.of(admin.agency());
        Optional<ColumnRules.Checked> checked = ColumnRules.check(columns, admin.agencyId(), null, form, errors);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        ColumnRules.Checked c = checked.get();
        int position = (int) columns.findByAgencyIdOrderByPositionAscIdAsc(admin.agencyId()).stream()
                .filter(x -> java.util.Objects.equals(x.parentId(), c.parentId()))
                .count();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CatalogColumn column = columns.save(new CatalogColumn(
                admin.agencyId(), c.parentId(), c.name(), c.articleItem(), c.updateIntervalDays(), position, now));
        events.publishEvent(new CatalogColumnCreated(
                Actor.of(admin),
                now,
                admin.agency(),
                new CatalogColumnId(column.id()),
                column.fields(parentName(c.parentId()))));
        return Optional.of(column);
    }

    private String parentName(Long parentId) {
        return parentId == null
                ? null
                : columns.findById(parentId).map(CatalogColumn::name).orElse(null);
    }
}
