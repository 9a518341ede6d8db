package org.gongkai.app.agency;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Object mother for the organisation: agencies, departments and people with unique names, so that
 * integration tests never depend on each other's data.
 */
public final class TestOrganisation {
    public static final String PASSWORD = "Test-Passw0rd-2026";

    private final Agencies agencies;
    private final Departments departments;
    private final People people;
    private final PasswordEncoder encoder;
    private final String hash;

    public TestOrganisation(Agencies agencies, Departments departments, People people, PasswordEncoder encoder) {
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

    public Agency agency(String name) {
        return agencies.save(new Agency(AgencyKind.AGENCY, name + unique(), null, null, OffsetDateTime.now()));
    }

    public Agency supervisingOffice(String name) {
        return agencies.save(
                new Agency(AgencyKind.SUPERVISING_OFFICE, name + unique(), null, null, OffsetDateTime.now()));
    }

    public Department department(Agency agency, String name) {
        return departments.save(new Department(agency.id(), name, false, OffsetDateTime.now()));
    }

    /** A person with {@link #PASSWORD}, already changed (no must-change). */
    public Person person(Agency agency, String usernamePrefix, Role... roles) {
        Person p = new Person(
                agency.id(),
                null,
                usernamePrefix + "-" + unique(),
                "测试" + usernamePrefix,
                hash,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                OffsetDateTime.now());
        p.changePassword(hash, OffsetDateTime.now());
        return people.save(p);
    }

    /** A person with {@link #PASSWORD} that must still be changed (an initial password). */
    public Person newcomer(Agency agency, String usernamePrefix, Role... roles) {
        Person p = new Person(
                agency.id(),
                null,
                usernamePrefix + "-" + unique(),
                "测试" + usernamePrefix,
                hash,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                OffsetDateTime.now());
        return people.save(p);
    }

    /** A unique username: {@code prefix} and a short random suffix. */
    public static String username(String prefix) {
        return prefix + unique();
    }

    /** A person with a username and password of the test's choosing, already changed (no must-change). */
    public Person settledPerson(Agency agency, String username, String displayName, String password, Role... roles) {
        String own = encoder.encode(password);
        Person p = new Person(
                agency.id(),
                null,
                username,
                displayName,
                own,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                OffsetDateTime.now());
        p.changePassword(own, OffsetDateTime.now());
        return people.save(p);
    }

    /** The principal as the sign-in makes it (without the hash, as in the session). */
    public GongkaiUser principal(Person p) {
        Agency agency = agencies.findById(p.agencyId()).orElseThrow();
        return new GongkaiUser(
                p.id(),
                p.agencyId(),
                agency.isSupervisingOffice(),
                p.username(),
                p.displayName(),
                "",
                p.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                p.mustChangePassword(),
                false,
                p.enabled());
    }
}
