package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** An agency administrator renamed a department. */
public record DepartmentRenamed(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        DepartmentId department,
        String oldName,
        String newName)
        implements AgencyEvent, DepartmentEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(oldName, newName);
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("departmentName", oldName);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("departmentName", newName);
    }
}
