package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/**
 * An agency administrator changed a person's name, department or roles. A person who lost a role has
 * their sessions ended: what they may do is read at sign-in.
 */
public record PersonChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        PersonId person,
        String username,
        PersonDetails was,
        PersonDetails now)
        implements AgencyEvent, PersonEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(
                now.displayName(), username, now.roles().stream().sorted().toList());
    }

    @Override
    public Map<String, Object> before() {
        return was.fields();
    }

    @Override
    public Map<String, Object> after() {
        return now.fields();
    }

    /** Whether the person lost a role they held. */
    public boolean rolesTakenAway() {
        return !now.roles().containsAll(was.roles());
    }
}
