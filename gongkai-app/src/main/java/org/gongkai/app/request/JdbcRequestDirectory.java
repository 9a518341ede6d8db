package org.gongkai.app.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.gongkai.app.request.api.RequestDirectory;
import org.gongkai.app.request.api.RequestSummary;
import org.gongkai.app.system.api.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RequestDirectory} as one SQL query, scoped to the agency asked about. */
@Component
class JdbcRequestDirectory implements RequestDirectory {
    private static final String SELECT = """
            SELECT id, agency_id, tracking_number, applicant_name, received_on, state
            FROM disclosure_request WHERE agency_id = :agency
            """;

    private final JdbcClient jdbc;

    JdbcRequestDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RequestSummary> find(AgencyId agency, long id) {
        return jdbc.sql(SELECT + " AND id = :id")
                .param("agency", agency.value())
                .param("id", id)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RequestSummary> findByTrackingNumber(AgencyId agency, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " AND tracking_number = :tracking")
                .param("agency", agency.value())
                .param("tracking", trackingNumber.strip())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static RequestSummary summary(ResultSet rs) throws SQLException {
        return new RequestSummary(
                rs.getLong("id"),
                new AgencyId(rs.getLong("agency_id")),
                rs.getString("tracking_number"),
                rs.getString("applicant_name"),
                rs.getObject("received_on", java.time.LocalDate.class),
                rs.getString("state"));
    }
}
