package org.gongkai.app.agency.admin;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.gongkai.app.agency.Departments;
import org.gongkai.app.agency.People;
import org.gongkai.app.agency.Person;
import org.gongkai.app.agency.Role;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agency administrator changes a person's name, department and roles. Roles the administrator
 * may not grant are neither added nor taken away; an administrator cannot take away their own
 * administrator role (the agency would be left unmanaged). Records {@code CHANGE_PERSON}.
 */
@Component
class ChangePerson {
    private final People people;
    private final Departments departments;
    private final ActionLog actions;
    private final MessageSource messages;

    ChangePerson(People people, Departments departments, ActionLog actions, MessageSource messages) {
        this.people = people;
        this.departments = departments;
        this.actions = actions;
        this.messages = messages;
    }

    /** @throws NotFound when the person is not of the administrator's agency */
    @Transactional
    boolean run(GongkaiUser admin, long personId, PersonForm form, Errors errors) {
        Person person = people.findByIdAndAgencyId(personId, admin.agencyId()).orElseThrow(NotFound::new);
        String displayName = form.getDisplayName().strip();
        PersonRules.checkDisplayName(displayName, errors);
        PersonRules.checkDepartment(departments, admin, form.getDepartmentId(), errors);
        Set<Role> kept = EnumSet.noneOf(Role.class);
        kept.addAll(person.roles());
        kept.removeAll(PersonRules.grantableBy(admin));
        Set<Role> submitted = form.getRoles();
        PersonRules.checkRoles(admin, submitted, kept, messages, errors);
        if (person.id() == admin.personId()
                && !submitted.contains(Role.AGENCY_ADMIN)
                && !errors.hasFieldErrors("roles")) {
            errors.rejectValue("roles", "person.roles.ownAdmin");
        }
        if (errors.hasErrors()) {
            return false;
        }
        Set<Role> roles = union(submitted, kept);
        String before = describe(person.displayName(), person.departmentId(), person.roles());
        String after = describe(displayName, form.getDepartmentId(), roles);
        if (before.equals(after)) {
            return true;
        }
        person.assign(form.getDepartmentId(), displayName, roles);
        actions.record(
                "CHANGE_PERSON",
                "Person",
                person.id(),
                admin.agencyId(),
                messages.getMessage(
                        "action.person.changed",
                        new Object[] {displayName, person.username(), PersonRules.roleNames(roles, messages)},
                        Locale.SIMPLIFIED_CHINESE),
                before,
                after,
                null);
        return true;
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private String describe(String displayName, Long departmentId, Set<Role> roles) {
        return "姓名=" + displayName + "；内设机构=" + Objects.toString(departmentId, "无") + "；角色="
                + PersonRules.roleNames(roles, messages);
    }
}
