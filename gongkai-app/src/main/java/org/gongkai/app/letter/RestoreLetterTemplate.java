package org.gongkai.app.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterTemplateRestored;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency administrator or the disclosure office goes back to the default template of a kind: the agency's
 * own version is removed. Publishes {@link LetterTemplateRestored} when there was one.
 */
@Component
class RestoreLetterTemplate {
    private final LetterTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RestoreLetterTemplate(LetterTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** Whether there was an own version to remove. */
    @Transactional
    boolean run(GongkaiUser user, LetterKind kind) {
        var own = templates.own(user.agency(), kind);
        if (own.isEmpty()) {
            return false;
        }
        templates.remove(user.agency(), kind);
        events.publishEvent(new LetterTemplateRestored(
                Actor.of(user),
                OffsetDateTime.now(clock),
                user.agency(),
                kind,
                own.get().fields(),
                DefaultTemplates.of(kind).fields()));
        return true;
    }
}
