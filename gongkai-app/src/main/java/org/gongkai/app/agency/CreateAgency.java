package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.agency.api.AgencyCreated;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The platform administrator adds an agency under a supervising office, its code checked by
 * {@link org.gongkai.app.agency.api.CreditCode}. Publishes {@link AgencyCreated}. When the form names
 * a first administrator, {@link AppointAgencyAdministrator} appoints them in the same transaction: an
 * agency is brought on board with the person who will manage it.
 */
@Component
class CreateAgency {
    /** The new agency and the warnings about its code (accepted, but worth a second look). */
    record Created(Agency agency, java.util.List<String> warnings, Optional<CreatePerson.Created> administrator) {}

    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final AppointAgencyAdministrator administrators;

    CreateAgency(
            Agencies agencies,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            AppointAgencyAdministrator administrators) {
        this.agencies = agencies;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.administrators = administrators;
    }

    @Transactional
    Optional<Created> run(GongkaiUser admin, AgencyForm form, Errors errors) {
        AgencyRules.Checked checked = AgencyRules.check(agencies, null, form, errors);
        if (form.namesAdministrator()) {
            administrators.check(form.getAdminUsername(), form.getAdminDisplayName(), errors);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Agency agency = new Agency(
                AgencyKind.AGENCY,
                checked.name(),
                checked.creditCode(),
                form.getSupervisorId(),
                OffsetDateTime.now(clock));
        agency.edit(checked.name(), checked.shortName(), checked.creditCode(), form.getSupervisorId());
        agency = agencies.save(agency);
        events.publishEvent(new AgencyCreated(
                Actor.of(admin), agency.createdAt(), new AgencyId(agency.id()), AgencyRules.details(agencies, agency)));
        Optional<CreatePerson.Created> administrator = form.namesAdministrator()
                ? administrators.run(admin, agency, form.getAdminUsername(), form.getAdminDisplayName(), errors)
                : Optional.empty();
        return Optional.of(new Created(agency, checked.warnings(), administrator));
    }
}
