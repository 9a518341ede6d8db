package org.gongkai.app.appeal.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * The disclosure office recorded a reconsideration or lawsuit against the agency, with its result if it was
 * already decided ({@code trackingNumber}: the request it is about, or null).
 */
public record AppealRecorded(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long appeal,
        AppealKind kind,
        String caseNumber,
        String body,
        LocalDate filedOn,
        String trackingNumber,
        AppealResult result,
        LocalDate decidedOn)
        implements AppealEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(kind, caseNumber, body);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("appealKind", kind);
        after.put("appealCaseNumber", caseNumber);
        after.put("appealBody", body);
        after.put("appealFiledOn", filedOn);
        after.put("trackingNumber", trackingNumber);
        after.put("appealResult", result);
        after.put("appealDecidedOn", decidedOn);
        return after;
    }
}
