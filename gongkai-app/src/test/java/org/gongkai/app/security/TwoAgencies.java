package org.gongkai.app.security;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.Agency;
import org.gongkai.app.agency.AgencyKind;
import org.gongkai.app.agency.Department;
import org.gongkai.app.agency.Departments;
import org.gongkai.app.agency.People;
import org.gongkai.app.agency.Person;
import org.gongkai.app.agency.Role;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object mother for authorisation tests: a supervising office with two agencies A and B under it,
 * each with a department, a person per role (one role each), a supervisor in the office, a platform
 * administrator, and one record of actions about A. Names carry a unique suffix, so the fixture can
 * be committed next to other tests' data; the strings that must never leak out of A are listed in
 * {@link #secretsOfA()}.
 */
final class TwoAgencies {
    final String suffix;
    final Agency office;
    final Agency agencyA;
    final Agency agencyB;
    final Department departmentA;
    final Department departmentB;
    final Map<Role, GongkaiUser> inA;
    final Map<Role, GongkaiUser> inB;
    final GongkaiUser supervisor;
    final GongkaiUser platformAdmin;
    final Person personA;
    final long actionRecordA;

    private TwoAgencies(Agencies agencies, Departments departments, People people, JdbcClient jdbc) {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        office = agencies.save(new Agency(AgencyKind.SUPERVISING_OFFICE, "测试公开办" + suffix, null, null, now));
        agencyA = agencies.save(new Agency(AgencyKind.AGENCY, "测试甲局" + suffix, null, office.id(), now));
        agencyB = agencies.save(new Agency(AgencyKind.AGENCY, "测试乙局" + suffix, null, office.id(), now));
        departmentA = departments.save(new Department(agencyA.id(), "甲局机密科" + suffix, true, now));
        departmentB = departments.save(new Department(agencyB.id(), "乙局综合科" + suffix, true, now));
        inA = new EnumMap<>(Role.class);
        inB = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            inA.put(role, person(people, agencyA, departmentA, "a", role));
            inB.put(role, person(people, agencyB, departmentB, "b", role));
        }
        supervisor = person(people, office, null, "office", Role.SUPERVISOR);
        platformAdmin = person(people, office, null, "platform", Role.PLATFORM_ADMIN);
        personA = people.findById(inA.get(Role.SUBMITTER).personId()).orElseThrow();
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_name, agency_id, action, subject_type, subject_id,
                            summary, before_state, after_state, reason)
                        VALUES (:at, :actor, :agency, 'CREATE_DEPARTMENT', 'Department', :subject, :summary, NULL,
                            :after, :reason)
                        """)
                .param("at", now)
                .param("actor", "甲局管理员" + suffix)
                .param("agency", agencyA.id())
                .param("subject", departmentA.id().toString())
                .param("summary", "甲局新建内设机构" + suffix)
                .param("after", departmentA.name())
                .param("reason", "甲局的理由" + suffix)
                .update();
        actionRecordA = jdbc.sql("SELECT id FROM action_record WHERE summary = :s")
                .param("s", "甲局新建内设机构" + suffix)
                .query(Long.class)
                .single();
    }

    static TwoAgencies create(Agencies agencies, Departments departments, People people, JdbcClient jdbc) {
        return new TwoAgencies(agencies, departments, people, jdbc);
    }

    private GongkaiUser person(People people, Agency agency, Department department, String prefix, Role role) {
        String username = prefix + "-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix;
        Person p = new Person(
                agency.id(),
                department == null ? null : department.id(),
                username,
                "人员" + prefix + role.ordinal() + suffix,
                "{noop}not-used",
                Set.of(role),
                OffsetDateTime.now());
        p.changePassword("{noop}not-used", OffsetDateTime.now());
        p = people.save(p);
        return new GongkaiUser(
                p.id(),
                agency.id(),
                agency.isSupervisingOffice(),
                username,
                p.displayName(),
                "",
                p.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                false,
                false,
                true);
    }

    /** Words only A's data contains: none may appear in a page or answer given to a person of B. */
    List<String> secretsOfA() {
        return List.of(
                departmentA.name(),
                "甲局新建内设机构" + suffix,
                "甲局的理由" + suffix,
                "甲局管理员" + suffix,
                inA.get(Role.SUBMITTER).displayName(),
                inA.get(Role.SUBMITTER).username());
    }
}
