package org.gongkai.app.appeal.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/** The disclosure office recorded the decision of a pending case (维持, 纠正 or 其他结果) and its date. */
public record AppealResultRecorded(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long appeal,
        AppealKind kind,
        String caseNumber,
        AppealResult result,
        LocalDate decidedOn)
        implements AppealEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(kind, caseNumber, result, decidedOn);
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("appealResult", AppealResult.PENDING);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("appealResult", result, "appealDecidedOn", decidedOn);
    }
}
