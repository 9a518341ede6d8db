package org.gongkai.app.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.api.DepartmentId;
import org.gongkai.app.agency.api.DisclosureOfficeMarked;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency administrator names the department that is the agency's disclosure office
 * (政府信息公开工作机构, 条例第四条). An agency has at most one: the previous one stops being it.
 * Publishes {@link DisclosureOfficeMarked}.
 */
@Component
class MarkDisclosureOffice {
    private final Departments departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarkDisclosureOffice(Departments departments, ApplicationEventPublisher events, Clock clock) {
        this.departments = departments;
        this.events = events;
        this.clock = clock;
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
        events.publishEvent(new DisclosureOfficeMarked(
                Actor.of(admin),
                OffsetDateTime.now(clock),
                admin.agency(),
                new DepartmentId(department.id()),
                department.name(),
                before));
    }
}
