package org.gongkai.app.agency.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.app.agency.Department;
import org.gongkai.app.agency.Departments;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator creates a department (内设机构) of their own agency. Records {@code CREATE_DEPARTMENT}. */
@Component
class CreateDepartment {
    private final Departments departments;
    private final ActionLog actions;
    private final MessageSource messages;
    private final Clock clock;

    CreateDepartment(Departments departments, ActionLog actions, MessageSource messages, Clock clock) {
        this.departments = departments;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
    }

    /** The new department, or empty with the reasons in {@code errors}. */
    @Transactional
    Optional<Department> run(GongkaiUser admin, DepartmentForm form, Errors errors) {
        String name = form.cleanName();
        DepartmentRules.checkName(departments, admin.agencyId(), null, name, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Department department =
                departments.save(new Department(admin.agencyId(), name, false, OffsetDateTime.now(clock)));
        actions.record(
                "CREATE_DEPARTMENT",
                "Department",
                department.id(),
                admin.agencyId(),
                messages.getMessage("action.department.created", new Object[] {name}, Locale.SIMPLIFIED_CHINESE),
                null,
                "名称=" + name,
                null);
        return Optional.of(department);
    }
}
