package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/** An agency administrator created a person with a one-time password (never in the event). */
public record PersonCreated(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        PersonId person,
        String username,
        PersonDetails details)
        implements AgencyEvent, PersonEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(
                details.displayName(),
                username,
                details.roles().stream().sorted().toList());
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.putAll(details.fields());
        return fields;
    }
}
