package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.app.catalog.api.GuideChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agency administrator edits the agency's 政府信息公开指南 (条例第十二条); a field left empty is generated
 * from the agency's data again. Publishes {@link GuideChanged} when something changed.
 */
@Component
class EditGuide {
    private final Guides guides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditGuide(Guides guides, ApplicationEventPublisher events, Clock clock) {
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    /** Whether it was saved; refusals are in {@code errors}. */
    @Transactional
    boolean run(GongkaiUser admin, GuideForm form, Errors errors) {
        GuideForm.Checked checked = form.check(errors);
        if (checked == null) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Guide guide = guides.findById(admin.agencyId()).orElseGet(() -> new Guide(admin.agencyId(), now));
        Map<String, Object> before = guide.fields();
        guide.change(checked, now);
        Map<String, Object> after = guide.fields();
        guides.save(guide);
        if (!before.equals(after)) {
            events.publishEvent(new GuideChanged(Actor.of(admin), now, admin.agency(), before, after));
        }
        return true;
    }
}
