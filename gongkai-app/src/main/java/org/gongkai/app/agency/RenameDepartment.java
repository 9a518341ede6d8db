package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.DepartmentId;
import org.gongkai.app.agency.api.DepartmentRenamed;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator renames one of their agency's departments. Publishes {@link DepartmentRenamed}. */
@Component
class RenameDepartment {
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RenameDepartment(Departments departments, ApplicationEventPublisher events, Clock clock) {
        this.departments = departments;
        this.events = events;
        this.clock = clock;
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
        events.publishEvent(new DepartmentRenamed(
                Actor.of(admin),
                OffsetDateTime.now(clock),
                admin.agency(),
                new DepartmentId(department.id()),
                before,
                name));
        return true;
    }
}
