package org.gongkai.app.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** A fee notice (收费通知, 国办函〔2020〕109号) reached the applicant: they have 20 working days to pay. */
public record FeeNoticeSent(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long request,
        String trackingNumber,
        LocalDate receivedByApplicantOn,
        long feeAmount,
        LocalDate payBy)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber, feeAmount, payBy);
    }

    @Override
    public Map<String, Object> after() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("feeNoticeReceivedOn", receivedByApplicantOn);
        fields.put("feeAmount", feeAmount);
        fields.put("paymentDueOn", payBy);
        return fields;
    }
}
