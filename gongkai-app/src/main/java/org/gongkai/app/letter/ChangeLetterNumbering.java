package org.gongkai.app.letter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.app.letter.api.LetterNumberingChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The agency administrator or the disclosure office sets the template of the agency's letter 文号 (numbers already
 * given never change; the sequence of the year goes on). Publishes {@link LetterNumberingChanged}.
 */
@Component
class ChangeLetterNumbering {
    private final LetterTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeLetterNumbering(LetterTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    boolean run(GongkaiUser user, NumberingForm form, Errors errors) {
        String template = form.getNumberTemplate().strip();
        String problem = NumberTemplate.problem(template);
        if (problem != null) {
            errors.rejectValue(
                    "numberTemplate",
                    problem,
                    problem.endsWith("tooLong") ? new Object[] {NumberTemplate.MAX_LENGTH} : null,
                    null);
            return false;
        }
        String before = templates.numberTemplate(user.agency());
        OffsetDateTime now = OffsetDateTime.now(clock);
        templates.saveNumberTemplate(user.agency(), template, user.person(), now);
        if (!before.equals(template)) {
            events.publishEvent(new LetterNumberingChanged(
                    Actor.of(user),
                    now,
                    user.agency(),
                    Map.of("numberTemplate", before),
                    Map.of("numberTemplate", template)));
        }
        return true;
    }
}
