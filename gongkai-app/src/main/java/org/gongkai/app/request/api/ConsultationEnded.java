package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The consultation ended (answer received or 15 working days passed): its working days lengthen the reply period. */
public record ConsultationEnded(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate endedOn,
        int pausedWorkingDays,
        LocalDate dueOn)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, pausedWorkingDays, dueOn);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("consultationEndedOn", endedOn);
        fields.put("pausedWorkingDays", pausedWorkingDays);
        fields.put("dueOn", dueOn);
        return fields;
    }
}
