package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The platform loaded the demo organisation (the demo profile is on). */
public record DemoDataLoaded(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, String officeName, int agencies, int people)
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
        return Arrays.asList(officeName, agencies, people);
    }

    @Override
    public String reason() {
        return "reason.demoProfile";
    }
}
