package org.gongkai.app.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each column last got a published item, and which columns have gone longer than their update
 * interval without one (domain-spec §6.5: 栏目不更新 is a single-veto item of the 政府网站 inspections). A
 * column's clock starts when it was made, so a new catalog is not stale on its first day.
 */
@Component
class ColumnFreshness {
    private final JdbcClient jdbc;

    ColumnFreshness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A column's last publication (null: none yet) and whether it is overdue on {@code today}. */
    record Freshness(LocalDate lastPublished, boolean stale) {}

    Map<Long, Freshness> of(long agencyId, List<CatalogColumn> columns, LocalDate today, ZoneId zone) {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                        SELECT column_id, MAX(published_on) AS last_published FROM catalog_item
                        WHERE agency_id = :agency AND state = 'PUBLISHED' GROUP BY column_id""")
                .param("agency", agencyId)
                .query((rs, n) -> last.put(rs.getLong("column_id"), rs.getObject("last_published", LocalDate.class)))
                .list();
        Map<Long, Freshness> freshness = new HashMap<>();
        for (CatalogColumn c : columns) {
            LocalDate lastPublished = last.get(c.id());
            LocalDate since = lastPublished != null
                    ? lastPublished
                    : c.createdAt().atZoneSameInstant(zone).toLocalDate();
            boolean stale = c.updateIntervalDays() != null
                    && since.plusDays(c.updateIntervalDays()).isBefore(today);
            freshness.put(c.id(), new Freshness(lastPublished, stale));
        }
        return freshness;
    }
}
