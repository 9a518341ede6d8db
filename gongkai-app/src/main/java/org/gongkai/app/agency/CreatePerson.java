package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.gongkai.app.agency.api.PersonCreated;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agency administrator creates a person of their own agency with a system-made initial password,
 * shown once, which the person must change at the first sign-in. Publishes {@link PersonCreated}
 * (never the password).
 */
@Component
class CreatePerson {
    /** The person and the initial password to show the administrator once. */
    record Created(Person person, String initialPassword) {}

    private final People people;
    private final Departments departments;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    CreatePerson(
            People people,
            Departments departments,
            PasswordEncoder encoder,
            InitialPasswords passwords,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.people = people;
        this.departments = departments;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    Optional<Created> run(GongkaiUser admin, PersonForm form, Errors errors) {
        String username = form.getUsername().strip();
        String displayName = form.getDisplayName().strip();
        PersonRules.checkUsername(people, username, errors);
        PersonRules.checkDisplayName(displayName, errors);
        PersonRules.checkDepartment(departments, admin, form.getDepartmentId(), errors);
        PersonRules.checkRoles(admin, form.getRoles(), Set.of(), messages, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String password = passwords.next();
        Person person = people.save(new Person(
                admin.agencyId(),
                form.getDepartmentId(),
                username,
                displayName,
                encoder.encode(password),
                form.getRoles(),
                OffsetDateTime.now(clock)));
        events.publishEvent(new PersonCreated(
                Actor.of(admin),
                person.createdAt(),
                admin.agency(),
                new PersonId(person.id()),
                username,
                PersonRules.details(departments, person)));
        return Optional.of(new Created(person, password));
    }
}
