package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.AgencyCreated;
import org.gongkai.app.catalog.api.CatalogOpened;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens an agency's catalog with the default columns ({@link DefaultColumns}), once: when the agency is
 * created ({@link AgencyCreated}), and for agencies that existed before the catalog did, the first time
 * the office or the portal uses it. Whoever inserts the {@code agency_catalog} row makes the columns;
 * a second caller at the same moment waits on the row and makes none. Publishes {@link CatalogOpened}.
 */
@Component
class OpenCatalog {
    private final JdbcClient jdbc;
    private final CatalogColumns columns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpenCatalog(JdbcClient jdbc, CatalogColumns columns, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AgencyCreated created) {
        open(created.agency());
    }

    /** Opens the agency's catalog unless it is open; whether this call opened it. */
    @Transactional
    boolean open(AgencyId agency) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = jdbc.sql("""
                        INSERT INTO agency_catalog (agency_id, index_template, office_review, confidentiality_review,
                            leader_approval, created_at, version)
                        VALUES (:agency, :template, TRUE, TRUE, TRUE, :now, 0) ON CONFLICT DO NOTHING""")
                .param("agency", agency.value())
                .param("template", IndexTemplate.DEFAULT)
                .param("now", now)
                .update();
        if (inserted == 0) {
            return false;
        }
        int position = 0;
        for (DefaultColumns.Default d : DefaultColumns.COLUMNS) {
            CatalogColumn parent = columns.save(new CatalogColumn(
                    agency.value(), null, d.name(), d.articleItem(), d.updateIntervalDays(), position++, now));
            int childPosition = 0;
            for (DefaultColumns.Default child : d.children()) {
                columns.save(new CatalogColumn(
                        agency.value(),
                        parent.id(),
                        child.name(),
                        child.articleItem(),
                        child.updateIntervalDays(),
                        childPosition++,
                        now));
            }
        }
        events.publishEvent(new CatalogOpened(Actor.system(), now, agency, DefaultColumns.count()));
        return true;
    }
}
