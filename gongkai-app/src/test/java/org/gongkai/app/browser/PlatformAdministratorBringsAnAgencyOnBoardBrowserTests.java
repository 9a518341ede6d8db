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
 * A new agency comes on board: the platform administrator creates it with its first administrator, who
 * signs in with the one-time password, is made to choose their own, and creates the agency's first
 * department. The supervising office then sees the agency, and what it still lacks.
 */
@BrowserTest
class PlatformAdministratorBringsAnAgencyOnBoardBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void createsAnAgencyWithItsFirstAdministratorWhoCreatesADepartment() {
        TestOrganisation organisation = new TestOrganisation(context);
        TestOrganisation.AgencyRef office = organisation.supervisingOffice("入驻测试公开办");
        String platform = TestOrganisation.username("platform");
        organisation.settledPerson(office, platform, "钱平台", "Gongkai-Platform-2026", Role.PLATFORM_ADMIN);
        String agencyName = "达州市入驻测试局" + TestOrganisation.unique();
        String admin = TestOrganisation.username("first.admin");

        // the platform administrator creates the agency and names its administrator in the same form
        journey.signIn(platform, "Gongkai-Platform-2026");
        journey.follow(message("nav.agencies")).follow(message("agency.new"));
        journey.everyFieldIsLabelled()
                .fillIn(message("agency.name"), agencyName)
                .fillIn(message("agency.creditCode"), TestOrganisation.freshCreditCode())
                .choose(message("agency.supervisor"), office.name())
                .fillIn(message("agency.admin.username"), admin)
                .fillIn(message("agency.admin.displayName"), "周首任")
                .press(message("common.save"))
                .seeText(message("agency.admin.appointed", agencyName), admin);
        String oneTimePassword = journey.textOf(".one-time-password");
        assertThat(oneTimePassword).as("the one-time password, shown once").isNotBlank();
        journey.follow(message("agency.backToList")).seeText(agencyName).doNotSeeText(oneTimePassword);
        journey.signOut();

        // the new administrator signs in with it and must choose their own password first
        journey.signIn(admin, oneTimePassword);
        assertThat(journey.currentPath()).isEqualTo("/office/password");
        journey.fillIn(message("password.current"), oneTimePassword)
                .fillIn(message("password.new"), "Shouren-Guanli-2026")
                .fillIn(message("password.confirmation"), "Shouren-Guanli-2026")
                .press(message("password.submit"));
        assertThat(journey.currentPath()).isEqualTo("/office");

        // … then creates the agency's first department
        journey.follow(message("nav.departments"));
        journey.everyFieldIsLabelled()
                .fillIn(message("department.name"), "办公室")
                .press(message("department.create.submit"))
                .seeText(message("department.created", "办公室"));
        journey.signOut();

        // the platform administrator sees the agency under its office, with its administrator
        journey.signIn(platform, "Gongkai-Platform-2026");
        journey.follow(message("nav.supervision")).seeText(agencyName, "1");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
