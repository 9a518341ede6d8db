package org.gongkai.app.agency.admin;

import java.util.Locale;
import org.gongkai.app.agency.Department;
import org.gongkai.app.agency.Departments;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator renames one of their agency's departments. Records {@code RENAME_DEPARTMENT}. */
@Component
class RenameDepartment {
    private final Departments departments;
    private final ActionLog actions;
    private final MessageSource messages;

    RenameDepartment(Departments departments, ActionLog actions, MessageSource messages) {
        this.departments = departments;
        this.actions = actions;
        this.messages = messages;
    }

    /**
     * Renames the department; false with the reasons in {@code errors}.
     *
     * @throws NotFound when the department is not the administrator's agency's
     */
    @Transactional
    boolean run(GongkaiUser admin, long departmentId, DepartmentForm form, Errors errors) {
        Department department =
                departments.findByIdAndAgencyId(departmentId, admin.agencyId()).orElseThrow(NotFound::new);
        String name = form.cleanName();
        DepartmentRules.checkName(departments, admin.agencyId(), departmentId, name, errors);
        if (errors.hasErrors()) {
            return false;
        }
        String before = department.name();
        if (before.equals(name)) {
            return true;
        }
        department.rename(name);
        actions.record(
                "RENAME_DEPARTMENT",
                "Department",
                department.id(),
                admin.agencyId(),
                messages.getMessage(
                        "action.department.renamed", new Object[] {before, name}, Locale.SIMPLIFIED_CHINESE),
                "名称=" + before,
                "名称=" + name,
                null);
        return true;
    }
}
