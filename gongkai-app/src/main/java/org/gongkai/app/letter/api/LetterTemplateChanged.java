package org.gongkai.app.letter.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/** An agency saved its own version of a kind of letter; before and after hold its headline and text. */
public record LetterTemplateChanged(
        Actor actor,
        OffsetDateTime occurredAt,
        AgencyId agency,
        LetterKind kind,
        Map<String, Object> before,
        Map<String, Object> after)
        implements RecordedAction {
    @Override
    public String subjectType() {
        return "letterTemplate";
    }

    @Override
    public String subjectId() {
        return kind.name();
    }

    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(kind);
    }
}
