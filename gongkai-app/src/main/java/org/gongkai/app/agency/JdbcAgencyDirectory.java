package org.gongkai.app.agency;

import java.util.List;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyDirectory;
import org.gongkai.app.agency.api.AgencySummary;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AgencyDirectory} as one SQL query: counts are set operations, not object graphs. */
@Component
class JdbcAgencyDirectory implements AgencyDirectory {
    private static final String SELECT = """
            SELECT a.id, a.name, a.credit_code, s.name AS supervisor_name,
                (SELECT COUNT(*) FROM department d WHERE d.agency_id = a.id) AS departments,
                (SELECT COUNT(*) FROM person p WHERE p.agency_id = a.id AND p.enabled) AS people,
                (SELECT COUNT(*) FROM person p JOIN person_role r ON r.person_id = p.id
                    WHERE p.agency_id = a.id AND p.enabled AND r.role = :admin) AS administrators,
                (SELECT MIN(d.name) FROM department d WHERE d.agency_id = a.id AND d.disclosure_office)
                    AS disclosure_office
            FROM agency a LEFT JOIN agency s ON s.id = a.supervisor_id
            WHERE a.kind = 'AGENCY'
            """;

    private final JdbcClient jdbc;

    JdbcAgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencySummary> supervisedBy(AgencyId office) {
        return jdbc.sql(SELECT + " AND a.supervisor_id = :office ORDER BY a.name")
                .param("admin", Role.AGENCY_ADMIN.name())
                .param("office", office.value())
                .query((rs, n) -> summary(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencySummary> all() {
        return jdbc.sql(SELECT + " ORDER BY a.name")
                .param("admin", Role.AGENCY_ADMIN.name())
                .query((rs, n) -> summary(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencySummary> find(AgencyId id) {
        return jdbc.sql(SELECT + " AND a.id = :id")
                .param("admin", Role.AGENCY_ADMIN.name())
                .param("id", id.value())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static AgencySummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AgencySummary(
                new AgencyId(rs.getLong("id")),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getString("supervisor_name"),
                rs.getInt("departments"),
                rs.getInt("people"),
                rs.getInt("administrators"),
                rs.getString("disclosure_office"));
    }
}
