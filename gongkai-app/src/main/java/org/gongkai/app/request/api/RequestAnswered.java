package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The reply was issued (条例第三十六条), with its statistical outcome (table-3 row key) and the article it rests on. */
public record RequestAnswered(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate answeredOn,
        String outcome,
        String outcomeLabel,
        String legalGround,
        String note)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, answeredOn, outcomeLabel);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("answeredOn", answeredOn);
        fields.put("requestOutcome", outcome);
        fields.put("legalGround", legalGround);
        return fields;
    }

    @Override
    public String reason() {
        return note;
    }
}
