package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Permission;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The navigation offers each person what they may use, and every entry it offers opens: for each role
 * (one person per role, the supervising roles in a supervising office, as in the demo), every link of
 * the office navigation answers 200. A person who must still change a one-time password sees none.
 */
@IntegrationTest
class NavigationIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ShellModel shell;

    @Test
    void everyEntryOpensForEveryRole() throws Exception {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef office = org.supervisingOffice("导航测试公开办");
        TestOrganisation.AgencyRef agency = org.agencyUnder("导航测试局" + TestOrganisation.unique(), office);
        org.department(agency, "办公室", true);
        List<String> checked = new ArrayList<>();
        for (Role role : Role.values()) {
            boolean supervising = role == Role.SUPERVISOR || role == Role.PLATFORM_ADMIN;
            GongkaiUser person =
                    org.person(supervising ? office : agency, "nav", role).principal();
            List<String> links = navigation(person);
            assertThat(links)
                    .as("%s: the entries the shell offers", role)
                    .isNotEmpty()
                    .contains("/office");
            assertThat(links)
                    .as("%s: exactly the entries its permissions allow", role)
                    .hasSameSizeAs(shell.entriesFor(person));
            for (String link : links) {
                int status = mvc.perform(get(link).with(user(person)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as("%s opens %s", role, link).isEqualTo(200);
                checked.add(role + " " + link);
            }
        }
        assertThat(checked)
                .contains(
                        "SUPERVISOR /supervision",
                        "PLATFORM_ADMIN /supervision",
                        "PLATFORM_ADMIN /office/platform/calendar",
                        "AGENCY_ADMIN /office/people");
    }

    @Test
    void aPersonWithAOneTimePasswordIsOfferedNothing() throws Exception {
        TestOrganisation org = new TestOrganisation(context);
        GongkaiUser newcomer =
                org.newcomer(org.agency("导航新人局"), "nav-new", Role.AGENCY_ADMIN).principal();
        Document page = Jsoup.parse(mvc.perform(get("/office/password").with(user(newcomer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("nav.office-nav a")).isEmpty();
    }

    @Test
    void theEntriesNameNoRoleOnlyPermissions() {
        assertThat(shell.entriesFor(new TestUser(Role.SUBMITTER).principal()))
                .allSatisfy(e -> assertThat(e.permission().grantedTo(java.util.Set.of(Role.SUBMITTER)))
                        .isTrue())
                .extracting(e -> e.permission())
                .containsOnly(Permission.USE_OFFICE, Permission.USE_CATALOG);
    }

    private List<String> navigation(GongkaiUser person) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/office").with(user(person)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> links = new ArrayList<>();
        for (Element a : page.select("nav.office-nav a[href]")) {
            links.add(a.attr("href"));
        }
        return links;
    }

    /** A principal that exists only in the session (for the pure checks). */
    private record TestUser(Role role) {
        GongkaiUser principal() {
            return new GongkaiUser(-1, -1, false, "nobody", "无名", "", java.util.Set.of(role), false, false, true);
        }
    }
}
