package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * An agency administrator sets up a department and a person in it; the person signs in with the
 * initial password shown once and can do nothing until choosing a password the policy accepts.
 */
@BrowserTest
class AgencyAdminCreatesDepartmentAndPersonBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void createsADepartmentAndAPersonWhoMustChooseAPasswordFirst() {
        TestOrganisation organisation = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = organisation.agency("达州市测试局");
        String admin = TestOrganisation.username("admin");
        organisation.settledPerson(agency, admin, "李管理", "Gongkai-Admin-2026", Role.AGENCY_ADMIN);
        String newcomer = TestOrganisation.username("sun.qi");

        // the administrator creates the department
        journey.signIn(admin, "Gongkai-Admin-2026");
        assertThat(journey.currentPath()).isEqualTo("/office");
        journey.follow(message("nav.departments"));
        assertThat(journey.currentPath()).isEqualTo("/office/departments");
        journey.everyFieldIsLabelled()
                .fillIn(message("department.name"), "政策法规科")
                .press(message("department.create.submit"))
                .seeText(message("department.created", "政策法规科"));

        // … and a person in it, a submitter
        journey.follow(message("nav.people")).follow(message("person.new"));
        assertThat(journey.checkboxesAwayFromTheirLabels())
                .as("each role's checkbox sits left of its name, on its line")
                .isEmpty();
        journey.everyFieldIsLabelled()
                .fillIn(message("person.username"), newcomer)
                .fillIn(message("person.displayName"), "孙七")
                .choose(message("person.department"), "政策法规科")
                .choose(message("role.SUBMITTER"))
                .press(message("person.create.submit"))
                .seeText(message("person.created.title"), newcomer);
        String initialPassword = journey.textOf(".one-time-password");
        assertThat(initialPassword).as("the initial password shown once").isNotBlank();

        // the list shows the person, waiting for a password change; the password is not shown again
        journey.follow(message("person.backToList")).seeText(newcomer, "孙七", "政策法规科", message("role.SUBMITTER"));
        journey.seeText(message("person.status.mustChange")).doNotSeeText(initialPassword);
        journey.signOut().seeText(message("login.loggedOut"));

        // the newcomer signs in with it and is held at the password page
        journey.signIn(newcomer, initialPassword);
        assertThat(journey.currentPath()).isEqualTo("/office/password");
        journey.seeText(message("password.mustChange"));
        for (String page : new String[] {"/office", "/office/people", "/office/me", "/office/departments"}) {
            journey.open(page);
            assertThat(journey.currentPath())
                    .as("%s before the password is changed", page)
                    .isEqualTo("/office/password");
        }

        // a weak password is refused, with the reason in Chinese at the field
        journey.everyFieldIsLabelled()
                .fillIn(message("password.current"), initialPassword)
                .fillIn(message("password.new"), "abcdefghijk")
                .fillIn(message("password.confirmation"), "abcdefghijk")
                .press(message("password.submit"));
        assertThat(journey.currentPath()).isEqualTo("/office/password");
        journey.seeMessageAtField(message("password.new"), message("password.policy.classes", 3));

        // a good one is taken, and the office opens
        journey.fillIn(message("password.current"), initialPassword)
                .fillIn(message("password.new"), "Zhengce-Fagui-2026")
                .fillIn(message("password.confirmation"), "Zhengce-Fagui-2026")
                .press(message("password.submit"));
        assertThat(journey.currentPath()).isEqualTo("/office");
        journey.seeText(message("password.changed"), message("office.welcome", "孙七"));

        // and from now on the new password is the one that signs in
        journey.signOut().signIn(newcomer, "Zhengce-Fagui-2026");
        assertThat(journey.currentPath()).isEqualTo("/office");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
