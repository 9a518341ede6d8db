package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyAdministratorAppointed;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The platform administrator gives an agency an administrator (机关管理员) — its first, when the agency
 * is brought on board — with a one-time password shown once; the administrator then signs in, chooses
 * a password and creates the agency's departments and people. The fields are {@code adminUsername} and
 * {@code adminDisplayName} of the form bound to {@code errors}. Publishes {@link
 * AgencyAdministratorAppointed} (never the password).
 */
@Component
class AppointAgencyAdministrator {
    private final People people;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointAgencyAdministrator(
            People people,
            PasswordEncoder encoder,
            InitialPasswords passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the two fields, with the reasons at them; true when they are acceptable. */
    boolean check(String username, String displayName, Errors errors) {
        int before = errors.getErrorCount();
        PersonRules.checkUsername(people, username.strip(), errors, "adminUsername");
        PersonRules.checkDisplayName(displayName.strip(), errors, "adminDisplayName");
        return errors.getErrorCount() == before;
    }

    /** The new administrator and their one-time password; empty with the reasons in {@code errors}. */
    @Transactional
    Optional<CreatePerson.Created> run(
            GongkaiUser platformAdmin, Agency agency, String username, String displayName, Errors errors) {
        if (!check(username, displayName, errors)) {
            return Optional.empty();
        }
        String password = passwords.next();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Person person = people.save(new Person(
                agency.id(),
                null,
                username.strip(),
                displayName.strip(),
                encoder.encode(password),
                EnumSet.of(Role.AGENCY_ADMIN),
                now));
        events.publishEvent(new AgencyAdministratorAppointed(
                Actor.of(platformAdmin),
                now,
                new AgencyId(agency.id()),
                agency.name(),
                new PersonId(person.id()),
                person.username(),
                person.displayName()));
        return Optional.of(new CreatePerson.Created(person, password));
    }
}
