package org.gongkai.app.agency;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Object mother for the organisation, for every test of every module: agencies, departments and people
 * with unique names (so integration tests never depend on each other's data), made through the agency
 * module's own repositories and handed back as plain records — the module's entities stay
 * package-private.
 */
public final class TestOrganisation {
    public static final String PASSWORD = "Test-Passw0rd-2026";

    /** An agency or supervising office as the tests see it. */
    public record AgencyRef(long id, String name, boolean supervisingOffice) {
        public AgencyId agencyId() {
            return new AgencyId(id);
        }
    }

    /** A department. */
    public record DepartmentRef(long id, long agencyId, String name) {}

    /** A person; {@link #principal()} is what the sign-in puts in the session. */
    public record PersonRef(
            long id, long agencyId, String username, String displayName, Set<Role> roles, GongkaiUser principal) {
        public PersonId personId() {
            return new PersonId(id);
        }
    }

    private final Agencies agencies;
    private final Departments departments;
    private final People people;
    private final PasswordEncoder encoder;
    private final String hash;

    public TestOrganisation(ApplicationContext context) {
        this(
                context.getBean(Agencies.class),
                context.getBean(Departments.class),
                context.getBean(People.class),
                context.getBean(PasswordEncoder.class));
    }

    TestOrganisation(Agencies agencies, Departments departments, People people, PasswordEncoder encoder) {
        this.agencies = agencies;
        this.departments = departments;
        this.people = people;
        this.encoder = encoder;
        this.hash = encoder.encode(PASSWORD);
    }

    /** A short unique suffix, lower case, usable in usernames. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A valid 统一社会信用代码 (both check characters right) that no other test uses, almost surely. */
    public static String freshCreditCode() {
        String inner = String.format(
                "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        String first17 = "11511700" + inner + org.gongkai.app.agency.api.CreditCode.organisationCheckCharacter(inner);
        return first17 + org.gongkai.app.agency.api.CreditCode.unifiedCheckCharacter(first17);
    }

    /** A unique username: {@code prefix} and a short random suffix. */
    public static String username(String prefix) {
        return prefix + unique();
    }

    /** An agency named {@code name} and a unique suffix, under no supervising office. */
    public AgencyRef agency(String name) {
        return ref(agencies.save(new Agency(AgencyKind.AGENCY, name + unique(), null, null, OffsetDateTime.now())));
    }

    /** An agency named {@code name} and a unique suffix, with a 统一社会信用代码 ({@link #freshCreditCode()}). */
    public AgencyRef agencyWithCode(String name, String creditCode) {
        return ref(
                agencies.save(new Agency(AgencyKind.AGENCY, name + unique(), creditCode, null, OffsetDateTime.now())));
    }

    /** An agency named exactly {@code name} under {@code office}. */
    public AgencyRef agencyUnder(String name, AgencyRef office) {
        return ref(agencies.save(new Agency(AgencyKind.AGENCY, name, null, office.id(), OffsetDateTime.now())));
    }

    /** A supervising office named {@code name} and a unique suffix. */
    public AgencyRef supervisingOffice(String name) {
        return ref(agencies.save(
                new Agency(AgencyKind.SUPERVISING_OFFICE, name + unique(), null, null, OffsetDateTime.now())));
    }

    public DepartmentRef department(AgencyRef agency, String name) {
        return department(agency, name, false);
    }

    /** A department named exactly {@code name}; {@code disclosureOffice}: the agency's 公开工作机构. */
    public DepartmentRef department(AgencyRef agency, String name, boolean disclosureOffice) {
        Department d = departments.save(new Department(agency.id(), name, disclosureOffice, OffsetDateTime.now()));
        return new DepartmentRef(d.id(), agency.id(), d.name());
    }

    /** A person with {@link #PASSWORD}, already changed (no must-change). */
    public PersonRef person(AgencyRef agency, String usernamePrefix, Role... roles) {
        return save(agency, null, usernamePrefix + "-" + unique(), "测试" + usernamePrefix, hash, true, roles);
    }

    /** A person with {@link #PASSWORD} that must still be changed (an initial password). */
    public PersonRef newcomer(AgencyRef agency, String usernamePrefix, Role... roles) {
        return save(agency, null, usernamePrefix + "-" + unique(), "测试" + usernamePrefix, hash, false, roles);
    }

    /** A person with a username and password of the test's choosing, already changed (no must-change). */
    public PersonRef settledPerson(
            AgencyRef agency, String username, String displayName, String password, Role... roles) {
        return save(agency, null, username, displayName, encoder.encode(password), true, roles);
    }

    /** A person of a department, with a password never used to sign in (for pages built from a principal). */
    public PersonRef member(
            AgencyRef agency, DepartmentRef department, String username, String displayName, Role... roles) {
        return save(agency, department, username, displayName, "{noop}not-used", true, roles);
    }

    /** The principal as the sign-in makes it (without the hash, as in the session). */
    public GongkaiUser principal(PersonRef p) {
        return p.principal();
    }

    private PersonRef save(
            AgencyRef agency,
            DepartmentRef department,
            String username,
            String displayName,
            String passwordHash,
            boolean settled,
            Role... roles) {
        Person p = new Person(
                agency.id(),
                department == null ? null : department.id(),
                username,
                displayName,
                passwordHash,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                OffsetDateTime.now());
        if (settled) {
            p.changePassword(passwordHash, OffsetDateTime.now());
        }
        p = people.save(p);
        GongkaiUser principal = new GongkaiUser(
                p.id(),
                p.agencyId(),
                agency.supervisingOffice(),
                p.username(),
                p.displayName(),
                "",
                p.roles(),
                p.mustChangePassword(),
                false,
                p.enabled());
        return new PersonRef(p.id(), p.agencyId(), p.username(), p.displayName(), p.roles(), principal);
    }

    private static AgencyRef ref(Agency a) {
        return new AgencyRef(a.id(), a.name(), a.isSupervisingOffice());
    }
}
