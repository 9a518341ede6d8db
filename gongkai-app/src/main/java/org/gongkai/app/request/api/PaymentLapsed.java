package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The payment period ended unpaid: 视为放弃申请 (国办函〔2020〕109号); the outcome is its table-3 row. */
public record PaymentLapsed(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate payBy,
        String outcome)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, payBy);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("paymentDueOn", payBy);
        fields.put("requestOutcome", outcome);
        return fields;
    }
}
