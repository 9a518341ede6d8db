package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.PasswordReset;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator gives a person a new one-time password (shown once) which must be changed
 * at the next sign-in; a lock from failed sign-ins ends. Publishes {@link PasswordReset}, which ends the
 * person's open sessions.
 */
@Component
class ResetPassword {
    private final People people;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResetPassword(
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

    /**
     * @return the person and the one-time password to show once
     * @throws NotFound when the person is not of the administrator's agency
     */
    @Transactional
    CreatePerson.Created run(GongkaiUser admin, long personId) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        String password = passwords.next();
        person.resetPassword(encoder.encode(password));
        events.publishEvent(new PasswordReset(
                Actor.of(admin),
                OffsetDateTime.now(clock),
                admin.agency(),
                new PersonId(person.id()),
                person.username(),
                person.displayName()));
        return new CreatePerson.Created(person, password);
    }
}
