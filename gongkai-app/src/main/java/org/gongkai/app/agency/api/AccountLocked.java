package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/**
 * Failed sign-ins in a row locked an account until {@code until} (by the platform, from the address
 * the attempts came from); the person's open sessions end, since the attempts may mean the password is
 * known.
 */
public record AccountLocked(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        PersonId person,
        String username,
        int failedAttempts,
        OffsetDateTime until)
        implements AgencyEvent, PersonEvent, SessionsEnding {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(username, failedAttempts, until);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("lockedUntil", until);
    }

    @Override
    public String reason() {
        return "reason.failedSignIns";
    }
}
