package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.PersonId;

/**
 * The platform administrator gave an agency an administrator (its first, when it is brought on board)
 * with a one-time password; the administrator then creates the agency's departments and people.
 */
public record AgencyAdministratorAppointed(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        String agencyName,
        PersonId person,
        String username,
        String displayName)
        implements AgencyEvent, PersonEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(agencyName, displayName, username);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("mustChangePassword", true);
        return fields;
    }
}
