package org.gongkai.app.agency;

import java.util.List;
import org.gongkai.app.agency.api.AgencyDetails;
import org.gongkai.app.agency.api.CreditCode;
import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/**
 * An agency's record: a name (unique, at most 200 characters), an optional short name, a code that
 * passes {@link CreditCode}, and the supervising office it answers to.
 */
final class AgencyRules {
    static final int MAX_NAME = 200;
    static final int MAX_SHORT_NAME = 100;

    /** The checked form: the code normalised, and the warnings about it to show. */
    record Checked(String name, String shortName, String creditCode, List<String> warnings) {}

    private AgencyRules() {}

    static Checked check(Agencies agencies, Long exceptId, AgencyForm form, Errors errors) {
        return check(agencies, exceptId, form, true, errors);
    }

    /** @param needsSupervisor whether the record is an agency's (a supervising office answers to nobody here) */
    static Checked check(Agencies agencies, Long exceptId, AgencyForm form, boolean needsSupervisor, Errors errors) {
        String name = form.getName().strip();
        if (name.isEmpty()) {
            errors.rejectValue("name", "agency.name.required");
        } else if (PlainText.hasHiddenCharacters(name)) {
            errors.rejectValue("name", "text.hiddenCharacters");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "agency.name.tooLong", new Object[] {MAX_NAME}, null);
        } else if (exceptId == null ? agencies.existsByName(name) : agencies.existsByNameAndIdNot(name, exceptId)) {
            errors.rejectValue("name", "agency.name.taken", new Object[] {name}, null);
        }
        String shortName = form.getShortName().strip();
        if (PlainText.hasHiddenCharacters(shortName)) {
            errors.rejectValue("shortName", "text.hiddenCharacters");
        } else if (shortName.length() > MAX_SHORT_NAME) {
            errors.rejectValue("shortName", "agency.shortName.tooLong", new Object[] {MAX_SHORT_NAME}, null);
        }
        String code = null;
        List<String> warnings = List.of();
        CreditCode.Result result = CreditCode.check(form.getCreditCode());
        if (result instanceof CreditCode.Result.Invalid invalid) {
            errors.rejectValue("creditCode", "agency.creditCode.invalid", new Object[] {invalid.message()}, null);
        } else if (result instanceof CreditCode.Result.Valid valid) {
            code = valid.code().value();
            warnings = valid.code().warnings();
            if (exceptId == null
                    ? agencies.existsByCreditCode(code)
                    : agencies.existsByCreditCodeAndIdNot(code, exceptId)) {
                errors.rejectValue("creditCode", "agency.creditCode.taken", new Object[] {code}, null);
            }
        }
        if (!needsSupervisor) {
            // nothing to check
        } else if (form.getSupervisorId() == null) {
            errors.rejectValue("supervisorId", "agency.supervisor.required");
        } else if (agencies.findByIdAndKind(form.getSupervisorId(), AgencyKind.SUPERVISING_OFFICE)
                .isEmpty()) {
            errors.rejectValue("supervisorId", "agency.supervisor.unknown");
        }
        return new Checked(name, shortName.isEmpty() ? null : shortName, code, warnings);
    }

    /** The agency's record as events carry it, the supervising office by name. */
    static AgencyDetails details(Agencies agencies, Agency agency) {
        String supervisor = agency.supervisorId() == null
                ? null
                : agencies.findById(agency.supervisorId()).map(Agency::name).orElse(null);
        return new AgencyDetails(agency.name(), agency.shortName(), agency.creditCode(), supervisor);
    }
}
