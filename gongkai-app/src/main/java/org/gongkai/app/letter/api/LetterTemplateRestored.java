package org.gongkai.app.letter.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.RecordedAction;

/** An agency went back to the default template of a kind of letter; before holds its own version. */
public record LetterTemplateRestored(
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
