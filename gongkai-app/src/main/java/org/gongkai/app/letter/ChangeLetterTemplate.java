package org.gongkai.app.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterTemplateChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The agency administrator or the disclosure office saves the agency's own version of a kind of letter (letters
 * already issued keep their text). Publishes {@link LetterTemplateChanged} when the text changed.
 */
@Component
class ChangeLetterTemplate {
    private final LetterTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeLetterTemplate(LetterTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    boolean run(GongkaiUser user, LetterKind kind, TemplateForm form, Errors errors) {
        if (!TemplateRules.check(kind, form, errors)) {
            return false;
        }
        LetterTemplate before = templates.of(user.agency(), kind);
        LetterTemplate after = form.template();
        OffsetDateTime now = OffsetDateTime.now(clock);
        templates.save(user.agency(), kind, after, user.person(), now);
        if (!before.equals(after)) {
            events.publishEvent(new LetterTemplateChanged(
                    Actor.of(user), now, user.agency(), kind, before.fields(), after.fields()));
        }
        return true;
    }
}
