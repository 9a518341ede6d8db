package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The platform administrator added an agency under a supervising office. */
public record AgencyCreated(Actor actor, OffsetDateTime occurredAt, AgencyId agency, AgencyDetails details)
        implements AgencyEvent {
    @Override
    public String subjectType() {
        return "agency";
    }

    @Override
    public String subjectId() {
        return agency.toString();
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(details.name(), details.creditCode());
    }

    @Override
    public Map<String, Object> after() {
        return details.fields();
    }
}
