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
 * The disclosure office corrected a case's recorded result (a wrong result or date, or a decision set aside
 * so the case is pending again), giving the reason.
 */
public record AppealResultCorrected(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        long appeal,
        String caseNumber,
        AppealResult oldResult,
        LocalDate oldDecidedOn,
        AppealResult newResult,
        LocalDate newDecidedOn,
        String reason)
        implements AppealEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(caseNumber, oldResult, newResult);
    }

    @Override
    public Map<String, Object> before() {
        return state(oldResult, oldDecidedOn);
    }

    @Override
    public Map<String, Object> after() {
        return state(newResult, newDecidedOn);
    }

    private static Map<String, Object> state(AppealResult result, LocalDate decidedOn) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("appealResult", result);
        state.put("appealDecidedOn", decidedOn);
        return state;
    }
}
