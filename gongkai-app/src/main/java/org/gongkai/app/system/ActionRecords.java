package org.gongkai.app.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the record of actions with SQL (listing and counting are set operations, architecture.md),
 * always within an {@link ActionRecordScope}: a row outside the reader's scope is never selected.
 */
@Component
class ActionRecords {
    static final int PAGE_SIZE = 50;

    private static final String COLUMNS = """
            r.id, r.occurred_at, r.actor_name, r.client_address, r.agency_id, a.name AS agency_name, r.action,
            r.subject_type, r.subject_id, r.summary, r.before_state, r.after_state, r.reason
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ActionRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page (1-based) of the rows the filter selects, newest first. */
    List<ActionRecordRow> page(ActionRecordScope scope, ActionRecordFilter filter, int page) {
        Where where = where(scope, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS
                + " FROM action_record r LEFT JOIN agency a ON a.id = r.agency_id WHERE " + where.sql
                + " ORDER BY r.occurred_at DESC, r.id DESC LIMIT :limit OFFSET :offset");
        where.params.forEach(spec::param);
        return spec.param("limit", PAGE_SIZE)
                .param("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE)
                .query(ActionRecords::row)
                .list();
    }

    long count(ActionRecordScope scope, ActionRecordFilter filter) {
        Where where = where(scope, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT COUNT(*) FROM action_record r WHERE " + where.sql);
        where.params.forEach(spec::param);
        return spec.query(Long.class).single();
    }

    /** Every row the filter selects, newest first, up to {@code limit}, handed over one by one. */
    void each(ActionRecordScope scope, ActionRecordFilter filter, int limit, Consumer<ActionRecordRow> sink) {
        Where where = where(scope, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS
                + " FROM action_record r LEFT JOIN agency a ON a.id = r.agency_id WHERE " + where.sql
                + " ORDER BY r.occurred_at DESC, r.id DESC LIMIT :limit");
        where.params.forEach(spec::param);
        spec.param("limit", limit).query(rs -> {
            sink.accept(row(rs, 0));
        });
    }

    /** One row, if it exists and lies in the scope (otherwise the reader learns nothing about it). */
    Optional<ActionRecordRow> find(ActionRecordScope scope, long id) {
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS
                + " FROM action_record r LEFT JOIN agency a ON a.id = r.agency_id WHERE r.id = :id AND "
                + scope.condition());
        if (scope.agencyId() != null) {
            spec.param("scopeAgency", scope.agencyId());
        }
        return spec.param("id", id).query(ActionRecords::row).optional();
    }

    /** The action codes that occur in the scope, for the filter's choice list. */
    List<String> actions(ActionRecordScope scope) {
        JdbcClient.StatementSpec spec = jdbc.sql(
                "SELECT DISTINCT r.action FROM action_record r WHERE " + scope.condition() + " ORDER BY r.action");
        if (scope.agencyId() != null) {
            spec.param("scopeAgency", scope.agencyId());
        }
        return spec.query(String.class).list();
    }

    private Where where(ActionRecordScope scope, ActionRecordFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add(scope.condition());
        if (scope.agencyId() != null) {
            params.put("scopeAgency", scope.agencyId());
        }
        if (filter.from() != null) {
            conditions.add("r.occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("r.occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.action() != null) {
            conditions.add("r.action = :action");
            params.put("action", filter.action());
        }
        if (filter.actor() != null) {
            conditions.add("LOWER(r.actor_name) LIKE :actor ESCAPE '\\'");
            params.put("actor", contains(filter.actor()));
        }
        if (filter.text() != null) {
            conditions.add(
                    "(LOWER(r.summary) LIKE :text ESCAPE '\\' OR LOWER(r.reason) LIKE :text ESCAPE '\\'"
                            + " OR LOWER(r.subject_type) LIKE :text ESCAPE '\\' OR LOWER(r.subject_id) LIKE :text ESCAPE '\\'"
                            + " OR LOWER(r.before_state) LIKE :text ESCAPE '\\' OR LOWER(r.after_state) LIKE :text ESCAPE '\\')");
            params.put("text", contains(filter.text()));
        }
        return new Where(String.join(" AND ", conditions), params);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    /** A LIKE pattern that finds {@code s} literally, whatever % or _ it contains. */
    static String contains(String s) {
        String escaped = s.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static ActionRecordRow row(ResultSet rs, int n) throws SQLException {
        Long agency = rs.getObject("agency_id", Long.class);
        return new ActionRecordRow(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor_name"),
                rs.getString("client_address"),
                agency,
                rs.getString("agency_name"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("summary"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("reason"));
    }

    private record Where(String sql, Map<String, Object> params) {}
}
