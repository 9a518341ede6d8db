package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The correction period ended without a correction: 视为放弃申请 (条例第三十条); the outcome is its table-3 row. */
public record ClarificationLapsed(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate correctBy,
        String outcome)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, correctBy);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("correctBy", correctBy);
        fields.put("requestOutcome", outcome);
        return fields;
    }
}
