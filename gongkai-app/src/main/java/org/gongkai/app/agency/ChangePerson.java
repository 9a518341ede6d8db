package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.app.agency.api.PersonChanged;
import org.gongkai.app.agency.api.PersonDetails;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.gongkai.app.system.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agency administrator changes a person's name, department and roles. Roles the administrator
 * may not grant are neither added nor taken away; an administrator cannot take away their own
 * administrator role (the agency would be left unmanaged). Publishes {@link PersonChanged}; a person who
 * loses a role has their sessions ended ({@link org.gongkai.app.agency.api.SessionsEnding}).
 */
@Component
class ChangePerson {
    private final People people;
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ChangePerson(
            People people,
            Departments departments,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.people = people;
        this.departments = departments;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** @throws NotFound when the person is not of the administrator's agency */
    @Transactional
    boolean run(GongkaiUser admin, long personId, PersonForm form, Errors errors) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        String displayName = form.getDisplayName().strip();
        PersonRules.checkDisplayName(displayName, errors);
        PersonRules.checkDepartment(departments, admin, form.getDepartmentId(), errors);
        Set<Role> kept = EnumSet.noneOf(Role.class);
        kept.addAll(person.roles());
        kept.removeAll(PersonRules.grantableBy(admin));
        Set<Role> submitted = form.getRoles();
        PersonRules.checkRoles(admin, submitted, kept, messages, errors);
        if (person.id() == admin.personId()
                && !submitted.contains(Role.AGENCY_ADMIN)
                && !errors.hasFieldErrors("roles")) {
            errors.rejectValue("roles", "person.roles.ownAdmin");
        }
        if (errors.hasErrors()) {
            return false;
        }
        Set<Role> roles = union(submitted, kept);
        PersonDetails was = PersonRules.details(departments, person);
        person.assign(form.getDepartmentId(), displayName, roles);
        PersonDetails now = PersonRules.details(departments, person);
        if (was.equals(now)) {
            return true;
        }
        events.publishEvent(new PersonChanged(
                Actor.of(admin),
                OffsetDateTime.now(clock),
                admin.agency(),
                new PersonId(person.id()),
                person.username(),
                was,
                now));
        return true;
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
