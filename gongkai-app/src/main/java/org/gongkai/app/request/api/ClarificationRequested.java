package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The office asked the applicant, once, to correct the request by a day (条例第三十条); the clock waits. */
public record ClarificationRequested(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate noticeSentOn,
        LocalDate correctBy,
        String note)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, correctBy);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("clarificationNoticeOn", noticeSentOn);
        fields.put("correctBy", correctBy);
        return fields;
    }

    @Override
    public String reason() {
        return note;
    }
}
