package org.gongkai.app.browser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.Agency;
import org.gongkai.app.agency.AgencyKind;
import org.gongkai.app.agency.People;
import org.gongkai.app.agency.Person;
import org.gongkai.app.agency.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The object mother of the browser tests: an agency of their own and the people in it, written
 * through the repositories and the platform's password encoder (what an earlier administrator would
 * have done). Names carry a serial number: the application context, and so the database, is shared
 * by every browser test class. A plain class (a {@code @Component} here would be scanned into every
 * application context): tests build it from injected beans.
 */
final class TestOrganisation {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Agencies agencies;
    private final People people;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TestOrganisation(Agencies agencies, People people, PasswordEncoder encoder, Clock clock) {
        this.agencies = agencies;
        this.people = people;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new agency under no supervising office, e.g. 测试市第3局. */
    Agency agency(String name) {
        return agencies.save(new Agency(AgencyKind.AGENCY, name + SERIAL.incrementAndGet(), null, null, now()));
    }

    /** A person who has already chosen their password (no forced change at sign-in). */
    Person settledPerson(Agency agency, String username, String displayName, String password, Role... roles) {
        Person person =
                new Person(agency.id(), null, username, displayName, encoder.encode(password), Set.of(roles), now());
        person.changePassword(encoder.encode(password), now());
        return people.save(person);
    }

    /** A unique username: {@code prefix} and a serial number. */
    static String username(String prefix) {
        return prefix + SERIAL.incrementAndGet();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
