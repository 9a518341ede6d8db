package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.catalog.api.CatalogColumnChanged;
import org.gongkai.app.catalog.api.CatalogColumnId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator changes a column of the agency's catalog. Publishes {@link CatalogColumnChanged}. */
@Component
class ChangeColumn {
    private final CatalogColumns columns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeColumn(CatalogColumns columns, ApplicationEventPublisher events, Clock clock) {
        this.columns = columns;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves the change; false with the reasons in {@code errors}.
     *
     * @throws NotFound when the column is not the administrator's agency's
     */
    @Transactional
    boolean run(GongkaiUser admin, long columnId, ColumnForm form, Errors errors) {
        CatalogColumn column =
                columns.findByIdAndAgencyId(columnId, admin.agencyId()).orElseThrow(NotFound::new);
        Optional<ColumnRules.Checked> checked = ColumnRules.check(columns, admin.agencyId(), column, form, errors);
        if (checked.isEmpty()) {
            return false;
        }
        Map<String, Object> before = column.fields(parentName(column.parentId()));
        ColumnRules.Checked c = checked.get();
        column.change(c.parentId(), c.name(), c.articleItem(), c.updateIntervalDays());
        Map<String, Object> after = column.fields(parentName(column.parentId()));
        if (!before.equals(after)) {
            events.publishEvent(new CatalogColumnChanged(
                    Actor.of(admin),
                    OffsetDateTime.now(clock),
                    admin.agency(),
                    new CatalogColumnId(column.id()),
                    before,
                    after));
        }
        return true;
    }

    private String parentName(Long parentId) {
        return parentId == null
                ? null
                : columns.findById(parentId).map(CatalogColumn::name).orElse(null);
    }
}
