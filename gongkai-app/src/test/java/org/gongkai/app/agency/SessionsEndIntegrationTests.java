package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a person may do is read when they sign in and kept in their session: a change that limits them
 * ends every session they have open, on its next request. Each case signs one person in twice (two
 * browsers), makes the change through the real pages, and checks that both sessions are gone — except
 * the one a person changed their own password in.
 */
@IntegrationTest
class SessionsEndIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestOrganisation org;
    TestOrganisation.AgencyRef agency;
    Cookie admin;

    @BeforeEach
    void anAgencyWithItsAdministrator() throws Exception {
        org = new TestOrganisation(context);
        agency = org.agency("会话局");
        TestOrganisation.PersonRef administrator = org.person(agency, "session-admin", Role.AGENCY_ADMIN);
        admin = SignIn.as(mvc, administrator.username(), TestOrganisation.PASSWORD);
    }

    @Test
    void disablingAPersonEndsBothOfTheirSessions() throws Exception {
        TestOrganisation.PersonRef person = org.person(agency, "session-disabled", Role.AGENCY_ADMIN);
        Cookie first = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        Cookie second = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        assertSignedIn(first, second);

        mvc.perform(
                post("/office/people/{id}/disable", person.id()).cookie(admin).with(csrf()));

        assertSignedOut(first, second);
    }

    @Test
    void takingARoleAwayEndsTheSessions() throws Exception {
        TestOrganisation.PersonRef person =
                org.person(agency, "session-demoted", Role.AGENCY_ADMIN, Role.DISCLOSURE_OFFICER);
        Cookie first = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        Cookie second = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        // before: the demoted administrator could still use the people pages from an old session
        assertThat(status(get("/office/people"), first)).isEqualTo(200);

        mvc.perform(post("/office/people/{id}", person.id())
                .cookie(admin)
                .with(csrf())
                .param("displayName", person.displayName())
                .param("roles", Role.DISCLOSURE_OFFICER.name()));

        assertSignedOut(first, second);
    }

    @Test
    void addingARoleLeavesTheSessionsAlone() throws Exception {
        TestOrganisation.PersonRef person = org.person(agency, "session-promoted", Role.SUBMITTER);
        Cookie first = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);

        mvc.perform(post("/office/people/{id}", person.id())
                .cookie(admin)
                .with(csrf())
                .param("displayName", person.displayName())
                .param("roles", Role.SUBMITTER.name(), Role.DISCLOSURE_OFFICER.name()));

        assertSignedIn(first);
    }

    @Test
    void resettingThePasswordEndsTheSessions() throws Exception {
        TestOrganisation.PersonRef person = org.person(agency, "session-reset", Role.SUBMITTER);
        Cookie first = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        Cookie second = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);

        mvc.perform(
                post("/office/people/{id}/password", person.id()).cookie(admin).with(csrf()));

        assertSignedOut(first, second);
    }

    @Test
    void lockingTheAccountEndsTheSessions() throws Exception {
        TestOrganisation.PersonRef person = org.person(agency, "session-locked", Role.SUBMITTER);
        Cookie first = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        Cookie second = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(person.username()).password("wrong-" + i));
        }

        assertSignedOut(first, second);
    }

    @Test
    void changingTheirOwnPasswordKeepsThatSessionAndEndsTheOther() throws Exception {
        TestOrganisation.PersonRef person = org.person(agency, "session-own", Role.SUBMITTER);
        Cookie here = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);
        Cookie elsewhere = SignIn.as(mvc, person.username(), TestOrganisation.PASSWORD);

        mvc.perform(post("/office/password")
                .cookie(here)
                .with(csrf())
                .param("currentPassword", TestOrganisation.PASSWORD)
                .param("newPassword", "Another-Passw0rd-2027")
                .param("confirmation", "Another-Passw0rd-2027"));

        assertSignedIn(here);
        assertSignedOut(elsewhere);
    }

    private void assertSignedIn(Cookie... sessions) throws Exception {
        for (Cookie session : sessions) {
            assertThat(status(get("/office"), session))
                    .as("session %s", session.getValue())
                    .isEqualTo(200);
        }
    }

    private void assertSignedOut(Cookie... sessions) throws Exception {
        for (Cookie session : sessions) {
            var response =
                    mvc.perform(get("/office").cookie(session)).andReturn().getResponse();
            assertThat(response.getStatus())
                    .as("session %s", session.getValue())
                    .isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    private int status(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        return mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
    }
}
