package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The reply period was extended once, by 1–20 working days, with the approval of the person named (条例第三十三条). */
public record DeadlineExtended(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        int extensionWorkingDays,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate dueOn,
        String note)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, extensionWorkingDays, approvedBy, dueOn);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("extensionWorkingDays", extensionWorkingDays);
        fields.put("extensionApprover", approvedBy);
        fields.put("extensionApprovedOn", approvedOn);
        fields.put("dueOn", dueOn);
        return fields;
    }

    @Override
    public String reason() {
        return note;
    }
}
