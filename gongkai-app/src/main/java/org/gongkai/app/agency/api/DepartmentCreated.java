package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator added a department (内设机构). */
public record DepartmentCreated(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, DepartmentId department, String name)
        implements AgencyEvent, DepartmentEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(name);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("departmentName", name);
    }
}
