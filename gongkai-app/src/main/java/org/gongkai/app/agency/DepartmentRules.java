package org.gongkai.app.agency;

import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/** A department's name: required, at most 100 characters, unique within the agency. */
final class DepartmentRules {
    static final int MAX_NAME = 100;

    private DepartmentRules() {}

    static void checkName(Departments departments, long agencyId, Long exceptId, String name, Errors errors) {
        if (name.isEmpty()) {
            errors.rejectValue("name", "department.name.required");
        } else if (PlainText.hasHiddenCharacters(name)) {
            errors.rejectValue("name", "text.hiddenCharacters");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "department.name.tooLong", new Object[] {MAX_NAME}, null);
        } else if (exceptId == null
                ? departments.existsByAgencyIdAndName(agencyId, name)
                : departments.existsByAgencyIdAndNameAndIdNot(agencyId, name, exceptId)) {
            errors.rejectValue("name", "department.name.taken", new Object[] {name}, null);
        }
    }
}
