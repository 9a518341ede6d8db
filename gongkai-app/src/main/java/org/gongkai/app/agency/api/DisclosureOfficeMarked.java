package org.gongkai.app.agency.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * An agency administrator made a department the agency's disclosure office (政府信息公开工作机构,
 * 条例第四条), in place of the one before, if any.
 */
public record DisclosureOfficeMarked(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, DepartmentId department, String name, String previous)
        implements AgencyEvent, DepartmentEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(name);
    }

    @Override
    public Map<String, Object> before() {
        return previous == null ? Map.of() : Map.of("disclosureOffice", previous);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("disclosureOffice", name);
    }
}
