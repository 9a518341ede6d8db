package org.gongkai.app.agency.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.Agency;
import org.gongkai.app.agency.AgencyKind;
import org.gongkai.app.system.ActionLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The platform administrator adds an agency under a supervising office, its code checked by
 * {@link org.gongkai.app.agency.CreditCode}. Records {@code CREATE_AGENCY}.
 */
@Component
class CreateAgency {
    /** The new agency and the warnings about its code (accepted, but worth a second look). */
    record Created(Agency agency, java.util.List<String> warnings) {}

    private final Agencies agencies;
    private final ActionLog actions;
    private final MessageSource messages;
    private final Clock clock;

    CreateAgency(Agencies agencies, ActionLog actions, MessageSource messages, Clock clock) {
        this.agencies = agencies;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    Optional<Created> run(AgencyForm form, Errors errors) {
        AgencyRules.Checked checked = AgencyRules.check(agencies, null, form, errors);
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
        actions.record(
                "CREATE_AGENCY",
                "Agency",
                agency.id(),
                agency.id(),
                messages.getMessage(
                        "action.agency.created",
                        new Object[] {checked.name(), checked.creditCode()},
                        Locale.SIMPLIFIED_CHINESE),
                null,
                AgencyRules.describe(checked.name(), checked.shortName(), checked.creditCode(), form.getSupervisorId()),
                null);
        return Optional.of(new Created(agency, checked.warnings()));
    }
}
