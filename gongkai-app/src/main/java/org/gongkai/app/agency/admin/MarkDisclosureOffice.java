package org.gongkai.app.agency.admin;

import java.util.Locale;
import org.gongkai.app.agency.Department;
import org.gongkai.app.agency.Departments;
import org.gongkai.app.system.ActionLog;
import org.gongkai.app.system.GongkaiUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator names the department that is the agency's disclosure office
 * (政府信息公开工作机构, 条例第四条). An agency has at most one: the previous one stops being it.
 * Records {@code MARK_DISCLOSURE_OFFICE}.
 */
@Component
class MarkDisclosureOffice {
    private final Departments departments;
    private final ActionLog actions;
    private final MessageSource messages;

    MarkDisclosureOffice(Departments departments, ActionLog actions, MessageSource messages) {
        this.departments = departments;
        this.actions = actions;
        this.messages = messages;
    }

    /** @throws NotFound when the department is not the administrator's agency's */
    @Transactional
    void run(GongkaiUser admin, long departmentId) {
        Department department =
                departments.findByIdAndAgencyId(departmentId, admin.agencyId()).orElseThrow(NotFound::new);
        if (department.disclosureOffice()) {
            return;
        }
        String before = null;
        for (Department previous : departments.findByAgencyIdAndDisclosureOfficeTrue(admin.agencyId())) {
            previous.markDisclosureOffice(false);
            before = previous.name();
        }
        department.markDisclosureOffice(true);
        actions.record(
                "MARK_DISCLOSURE_OFFICE",
                "Department",
                department.id(),
                admin.agencyId(),
                messages.getMessage(
                        "action.department.disclosureOffice",
                        new Object[] {department.name()},
                        Locale.SIMPLIFIED_CHINESE),
                before == null ? null : "公开工作机构=" + before,
                "公开工作机构=" + department.name(),
                null);
    }
}
