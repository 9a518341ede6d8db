package org.gongkai.app.agency;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.app.agency.api.PersonDetails;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.PlainText;
import org.gongkai.app.system.api.Role;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/**
 * The rules of a person's record: the username, the name, the department (of the same agency) and the
 * roles an administrator may grant.
 */
final class PersonRules {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    static final int MIN_USERNAME = 3;
    static final int MAX_USERNAME = 32;
    static final int MAX_DISPLAY_NAME = 100;

    /** The roles of an agency's own work; an agency administrator grants only these. */
    static final Set<Role> AGENCY_ROLES = EnumSet.of(
            Role.SUBMITTER,
            Role.DISCLOSURE_OFFICER,
            Role.CONFIDENTIALITY_REVIEWER,
            Role.APPROVING_LEADER,
            Role.AGENCY_ADMIN);

    private PersonRules() {}

    /**
     * What this administrator may grant: the five agency roles; in the supervising office, an
     * administrator who is also the platform administrator may make supervising-office staff too.
     * Nobody grants the platform administrator's role through these pages.
     */
    static Set<Role> grantableBy(GongkaiUser admin) {
        Set<Role> roles = EnumSet.copyOf(AGENCY_ROLES);
        if (admin.supervisingOffice() && admin.has(Role.PLATFORM_ADMIN)) {
            roles.add(Role.SUPERVISOR);
        }
        return roles;
    }

    static void checkUsername(People people, String username, Errors errors) {
        checkUsername(people, username, errors, "username");
    }

    /** Checks a username typed into the form field {@code field}. */
    static void checkUsername(People people, String username, Errors errors, String field) {
        if (username.isEmpty()) {
            errors.rejectValue(field, "person.username.required");
        } else if (username.length() < MIN_USERNAME || username.length() > MAX_USERNAME) {
            errors.rejectValue(field, "person.username.length", new Object[] {MIN_USERNAME, MAX_USERNAME}, null);
        } else if (!USERNAME.matcher(username).matches()) {
            errors.rejectValue(field, "person.username.characters");
        } else if (people.existsByUsername(username)) {
            errors.rejectValue(field, "person.username.taken", new Object[] {username}, null);
        }
    }

    static void checkDisplayName(String displayName, Errors errors) {
        checkDisplayName(displayName, errors, "displayName");
    }

    /** Checks a person's name typed into the form field {@code field}. */
    static void checkDisplayName(String displayName, Errors errors, String field) {
        if (displayName.isEmpty()) {
            errors.rejectValue(field, "person.displayName.required");
        } else if (PlainText.hasHiddenCharacters(displayName)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            errors.rejectValue(field, "person.displayName.tooLong", new Object[] {MAX_DISPLAY_NAME}, null);
        }
    }

    static void checkDepartment(Departments departments, GongkaiUser admin, Long departmentId, Errors errors) {
        if (departmentId != null
                && departments
                        .findByIdAndAgencyId(departmentId, admin.agencyId())
                        .isEmpty()) {
            errors.rejectValue("departmentId", "person.department.unknown");
        }
    }

    /**
     * Checks the roles ticked on the form.
     *
     * @param kept roles the person keeps whatever is ticked (those the administrator cannot grant)
     */
    static void checkRoles(GongkaiUser admin, Set<Role> roles, Set<Role> kept, MessageSource messages, Errors errors) {
        if (errors.hasFieldErrors("roles")) {
            return; // a value that is no role at all was reported by the binding
        }
        if (roles.isEmpty() && kept.isEmpty()) {
            errors.rejectValue("roles", "person.roles.required");
            return;
        }
        Set<Role> refused = EnumSet.copyOf(roles);
        refused.removeAll(grantableBy(admin));
        if (!refused.isEmpty()) {
            String names = refused.stream()
                    .map(r -> messages.getMessage("role." + r.name(), null, Locale.SIMPLIFIED_CHINESE))
                    .collect(Collectors.joining("、"));
            errors.rejectValue("roles", "person.roles.notGrantable", new Object[] {names}, null);
        }
    }

    /** The person's name, department (by name) and roles, as events carry them. */
    static PersonDetails details(Departments departments, Person person) {
        String department = person.departmentId() == null
                ? null
                : departments
                        .findById(person.departmentId())
                        .map(Department::name)
                        .orElse(null);
        return new PersonDetails(person.displayName(), department, person.roles());
    }
}
