package org.gongkai.app.agency.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.Agency;
import org.gongkai.app.agency.AgencyKind;
import org.gongkai.app.system.ActionLog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** The platform administrator corrects an agency's name, short name, code or supervising office. Records {@code EDIT_AGENCY}. */
@Component
class EditAgency {
    private final Agencies agencies;
    private final ActionLog actions;
    private final MessageSource messages;

    EditAgency(Agencies agencies, ActionLog actions, MessageSource messages) {
        this.agencies = agencies;
        this.actions = actions;
        this.messages = messages;
    }

    /** The warnings about the code when saved; empty with the reasons in {@code errors}. */
    @Transactional
    Optional<List<String>> run(long agencyId, AgencyForm form, Errors errors) {
        Agency agency = agencies.findByIdAndKind(agencyId, AgencyKind.AGENCY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AgencyRules.Checked checked = AgencyRules.check(agencies, agencyId, form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String before =
                AgencyRules.describe(agency.name(), agency.shortName(), agency.creditCode(), agency.supervisorId());
        String after =
                AgencyRules.describe(checked.name(), checked.shortName(), checked.creditCode(), form.getSupervisorId());
        if (!before.equals(after)) {
            agency.edit(checked.name(), checked.shortName(), checked.creditCode(), form.getSupervisorId());
            actions.record(
                    "EDIT_AGENCY",
                    "Agency",
                    agency.id(),
                    agency.id(),
                    messages.getMessage(
                            "action.agency.edited", new Object[] {checked.name()}, Locale.SIMPLIFIED_CHINESE),
                    before,
                    after,
                    null);
        }
        return Optional.of(checked.warnings());
    }
}
