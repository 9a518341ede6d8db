package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/**
 * An application for disclosure was registered (by staff, for a letter, a walk-in, a fax or an e-mail;
 * or by the applicant online). Carries nothing of the applicant — the record of actions is read by the
 * supervising office, which must not learn who applied — and the access code never.
 */
public record RequestRegistered(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        String channel,
        LocalDate receivedOn,
        LocalDate dueOn)
        implements RecordedAction {
    @Override
    public String subjectType() {
        return "disclosureRequest";
    }

    @Override
    public String subjectId() {
        return Long.toString(request);
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, dueOn);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("trackingNumber", trackingNumber, "receivedOn", receivedOn, "dueOn", dueOn);
    }
}
