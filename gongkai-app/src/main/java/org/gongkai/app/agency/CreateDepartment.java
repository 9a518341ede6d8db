package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gongkai.app.agency.api.DepartmentCreated;
import org.gongkai.app.agency.api.DepartmentId;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An agency administrator creates a department (内设机构) of their own agency. Publishes {@link DepartmentCreated}. */
@Component
class CreateDepartment {
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    CreateDepartment(Departments departments, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.departments = departments;
        this.events = events;
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
        events.publishEvent(new DepartmentCreated(
                Actor.of(admin), OffsetDateTime.now(clock), admin.agency(), new DepartmentId(department.id()), name));
        return Optional.of(department);
    }
}
