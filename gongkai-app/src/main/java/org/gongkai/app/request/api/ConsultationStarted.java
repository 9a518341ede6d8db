package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** A third party (第三十二条) or another agency (第三十四条) was consulted: the reply clock pauses. */
public record ConsultationStarted(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate sentOn,
        String consultationKind,
        String consulted)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, consulted);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("consultationStartedOn", sentOn);
        fields.put("consultationKind", consultationKind);
        fields.put("consultedParty", consulted);
        return fields;
    }
}
