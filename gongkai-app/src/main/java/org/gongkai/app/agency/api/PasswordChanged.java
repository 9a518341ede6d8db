package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/**
 * A person replaced their password ({@code initial}: the one-time password they were given). Their
 * other open sessions end; the one they changed it in stays.
 */
public record PasswordChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        PersonId person,
        String username,
        String displayName,
        boolean initial)
        implements AgencyEvent, PersonEvent, SessionsEnding {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(displayName, username);
    }

    @Override
    public String action() {
        return initial ? "InitialPasswordChanged" : "PasswordChanged";
    }

    @Override
    public boolean keepsActorSession() {
        return true;
    }
}
