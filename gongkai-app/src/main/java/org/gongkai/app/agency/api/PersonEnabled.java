package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/** An agency administrator enabled a person's account again. */
public record PersonEnabled(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, PersonId person, String username, String displayName)
        implements AgencyEvent, PersonEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(displayName, username);
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("enabled", false);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("enabled", true);
    }
}
