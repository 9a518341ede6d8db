package org.gongkai.app.agency;

import java.util.List;
import org.gongkai.app.agency.api.StaffDirectory;
import org.gongkai.app.agency.api.StaffMember;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.Permission;
import org.gongkai.app.system.api.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link StaffDirectory} as one SQL query over people and their roles. */
@Component
class JdbcStaffDirectory implements StaffDirectory {
    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> peopleWhoMay(AgencyId agency, Permission permission) {
        return jdbc.sql("""
                        SELECT p.id, p.display_name, p.username FROM person p
                        WHERE p.agency_id = :agency AND p.enabled
                          AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role IN (:roles))
                        ORDER BY p.display_name, p.username""")
                .param("agency", agency.value())
                .param("roles", List.of(permission.roleNames()))
                .query((rs, n) -> new StaffMember(
                        new PersonId(rs.getLong("id")), rs.getString("display_name"), rs.getString("username")))
                .list();
    }
}
