package org.gongkai.app.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongkai.app.catalog.api.CatalogSettingsChanged;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agency administrator sets the catalog's 索引号 template (numbers already given never change) and
 * which review steps apply to items submitted from now on (at least one). Publishes {@link
 * CatalogSettingsChanged}.
 */
@Component
class ChangeCatalogSettings {
    private final Catalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeCatalogSettings(Catalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    boolean run(GongkaiUser admin, SettingsForm form, Errors errors) {
        AgencyCatalog catalog = catalogs.of(admin.agency());
        String template = form.getIndexTemplate().strip();
        String problem = IndexTemplate.problem(template);
        if (problem != null) {
            errors.rejectValue(
                    "indexTemplate",
                    problem,
                    problem.endsWith("tooLong") ? new Object[] {IndexTemplate.MAX_LENGTH} : null,
                    null);
        }
        if (form.getSteps().isEmpty()) {
            errors.rejectValue("steps", "catalog.steps.required");
        }
        if (errors.hasErrors()) {
            return false;
        }
        Map<String, Object> before = catalog.fields();
        catalog.change(template, form.getSteps());
        Map<String, Object> after = catalog.fields();
        if (!before.equals(after)) {
            events.publishEvent(new CatalogSettingsChanged(
                    Actor.of(admin), OffsetDateTime.now(clock), admin.agency(), before, after));
        }
        return true;
    }
}
