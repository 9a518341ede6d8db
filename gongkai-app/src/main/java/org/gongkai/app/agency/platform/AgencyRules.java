package org.gongkai.app.agency.platform;

import java.util.List;
import org.gongkai.app.agency.Agencies;
import org.gongkai.app.agency.AgencyKind;
import org.gongkai.app.agency.CreditCode;
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
        String name = form.getName().strip();
        if (name.isEmpty()) {
            errors.rejectValue("name", "agency.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "agency.name.tooLong", new Object[] {MAX_NAME}, null);
        } else if (exceptId == null ? agencies.existsByName(name) : agencies.existsByNameAndIdNot(name, exceptId)) {
            errors.rejectValue("name", "agency.name.taken", new Object[] {name}, null);
        }
        String shortName = form.getShortName().strip();
        if (shortName.length() > MAX_SHORT_NAME) {
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
        if (form.getSupervisorId() == null) {
            errors.rejectValue("supervisorId", "agency.supervisor.required");
        } else if (agencies.findByIdAndKind(form.getSupervisorId(), AgencyKind.SUPERVISING_OFFICE)
                .isEmpty()) {
            errors.rejectValue("supervisorId", "agency.supervisor.unknown");
        }
        return new Checked(name, shortName.isEmpty() ? null : shortName, code, warnings);
    }

    static String describe(String name, String shortName, String creditCode, Long supervisorId) {
        return "名称=" + name + "；简称=" + (shortName == null ? "" : shortName) + "；代码=" + creditCode + "；主管部门="
                + supervisorId;
    }
}
