package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/** An agency administrator gave a person a one-time password (never in the event), to be changed at the next sign-in; the person's open sessions end. */
public record PasswordReset(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, PersonId person, String username, String displayName)
        implements AgencyEvent, PersonEvent, SessionsEnding {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(displayName, username);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("mustChangePassword", true);
    }
}
