package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.app.agency.api.DepartmentCreated;
import org.gongkai.app.agency.api.PersonDisabled;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The agency module on its own (with the system module it depends on): its use cases publish the events
 * other modules and the record of actions rely on, with actor, agency and the changed data.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class AgencyModuleTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    CreateDepartment createDepartment;

    @Autowired
    EnablePerson enablePerson;

    @Test
    void creatingADepartmentPublishesDepartmentCreated(Scenario scenario) {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("模块测试局");
        GongkaiUser admin =
                org.person(agency, "module-admin", Role.AGENCY_ADMIN).principal();
        DepartmentForm form = new DepartmentForm();
        form.setName("信息科");

        scenario.stimulate(() -> createDepartment.run(admin, form, new BeanPropertyBindingResult(form, "form")))
                .andWaitForEventOfType(DepartmentCreated.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.name()).isEqualTo("信息科");
                    assertThat(e.actor().person()).isEqualTo(admin.person());
                    assertThat(e.summaryArguments()).containsExactly("信息科");
                });
    }

    @Test
    void disablingAPersonPublishesPersonDisabled(Scenario scenario) {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("模块停用局");
        GongkaiUser admin =
                org.person(agency, "module-admin", Role.AGENCY_ADMIN).principal();
        TestOrganisation.PersonRef leaver = org.person(agency, "module-leaver", Role.SUBMITTER);

        scenario.stimulate(() -> enablePerson.run(admin, leaver.id(), false))
                .andWaitForEventOfType(PersonDisabled.class)
                .matching(e -> e.person().equals(leaver.personId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.username()).isEqualTo(leaver.username());
                    assertThat(e.after()).containsEntry("enabled", false);
                });
    }
}
