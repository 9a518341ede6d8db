package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.PersonDisabled;
import org.gongkai.app.agency.api.PersonEnabled;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator disables a person's account (they can no longer sign in; their records
 * stay) or enables it again. Nobody disables their own account. Publishes {@link PersonDisabled} (which
 * ends their sessions) or {@link PersonEnabled}.
 */
@Component
class EnablePerson {
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnablePerson(People people, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return false when the administrator tried to disable themself (nothing changed)
     * @throws NotFound when the person is not of the administrator's agency
     */
    @Transactional
    boolean run(GongkaiUser admin, long personId, boolean enabled) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        if (!enabled && person.id() == admin.personId()) {
            return false;
        }
        if (person.enabled() == enabled) {
            return true;
        }
        person.enable(enabled);
        OffsetDateTime now = OffsetDateTime.now(clock);
        PersonId id = new PersonId(person.id());
        events.publishEvent(
                enabled
                        ? new PersonEnabled(
                                Actor.of(admin), now, admin.agency(), id, person.username(), person.displayName())
                        : new PersonDisabled(
                                Actor.of(admin), now, admin.agency(), id, person.username(), person.displayName()));
        return true;
    }
}
