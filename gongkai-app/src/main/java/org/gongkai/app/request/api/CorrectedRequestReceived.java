package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The corrected request arrived: the 20 working days start again from that day (条例第三十条). */
public record CorrectedRequestReceived(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate correctedOn,
        LocalDate dueOn)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, correctedOn, dueOn);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("correctedOn", correctedOn);
        fields.put("dueOn", dueOn);
        return fields;
    }
}
