package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The platform administrator corrected an agency's record (name, short name, code, supervising office). */
public record AgencyChanged(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, AgencyDetails was, AgencyDetails now)
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
        return Arrays.asList(now.name());
    }

    @Override
    public Map<String, Object> before() {
        return was.fields();
    }

    @Override
    public Map<String, Object> after() {
        return now.fields();
    }
}
