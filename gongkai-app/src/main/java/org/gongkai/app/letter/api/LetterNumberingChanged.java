package org.gongkai.app.letter.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/** An agency changed the template its letters' 文号 are made from (numbers already given never change). */
public record LetterNumberingChanged(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, Map<String, Object> before, Map<String, Object> after)
        implements RecordedAction {
    @Override
    public String subjectType() {
        return "letterNumbering";
    }

    @Override
    public String subjectId() {
        return agency.toString();
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(after.get("numberTemplate"));
    }
}
