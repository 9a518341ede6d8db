package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyChanged;
import org.gongkai.app.agency.api.AgencyDetails;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The platform administrator corrects the name, short name or code of an agency or a
 * supervising office, and the supervising office an agency answers to. Publishes {@link AgencyChanged}. */
@Component
class EditAgency {
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditAgency(Agencies agencies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** The warnings about the code when saved; empty with the reasons in {@code errors}. */
    @Transactional
    Optional<List<String>> run(GongkaiUser admin, long agencyId, AgencyForm form, Errors errors) {
        Agency agency = agencies.findById(agencyId).orElseThrow(NotFound::new);
        if (agency.isSupervisingOffice()) {
            form.setSupervisorId(null); // a supervising office answers to nobody here
        }
        AgencyRules.Checked checked =
                AgencyRules.check(agencies, agencyId, form, !agency.isSupervisingOffice(), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        AgencyDetails was = AgencyRules.details(agencies, agency);
        agency.edit(checked.name(), checked.shortName(), checked.creditCode(), form.getSupervisorId());
        AgencyDetails now = AgencyRules.details(agencies, agency);
        if (!was.equals(now)) {
            events.publishEvent(
                    new AgencyChanged(Actor.of(admin), OffsetDateTime.now(clock), new AgencyId(agency.id()), was, now));
        }
        return Optional.of(checked.warnings());
    }
}
