package org.gongkai.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform's defences that do not depend on a page: CSRF tokens, security headers, a new
 * session id at sign-in (kept in the database, so any node can serve it), a failed sign-in that never
 * says which half was wrong, and a record of actions that the database itself keeps append-only.
 */
@IntegrationTest
class SecurityIntegrationTests {
    static final String PASSWORD = "Gongkai-测试-2026!";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationContext context;

    String username;
    GongkaiUser signedIn;

    @BeforeEach
    void aPersonWhoChoseTheirPassword() {
        TestOrganisation org = new TestOrganisation(context);
        username = TestOrganisation.username("secure-");
        signedIn = org.settledPerson(org.agency("安全测试局"), username, "安全测试人员", PASSWORD, Role.AGENCY_ADMIN)
                .principal();
    }

    @Test
    void refusesAStateChangeWithoutACsrfToken() throws Exception {
        assertThat(mvc.perform(post("/logout").with(user(signedIn)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/office/password")
                                .with(user(signedIn))
                                .param("current", PASSWORD)
                                .param("password", "Another-密码-2026!")
                                .param("confirmation", "Another-密码-2026!"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // with the token the same sign-out goes through
        assertThat(mvc.perform(post("/logout").with(user(signedIn)).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?logout");
    }

    @Test
    void sendsTheSecurityHeadersOnThePortalAndTheOffice() throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
            mvc.perform(get("/")).andReturn().getResponse(),
            mvc.perform(get("/login")).andReturn().getResponse(),
            mvc.perform(get("/office").with(user(signedIn))).andReturn().getResponse()
        }) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'")
                    .contains("default-src 'self'")
                    .contains("object-src 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void givesANewSessionIdAtSignInAndKeepsTheSessionInTheDatabase() throws Exception {
        // an anonymous visit to the office starts a session (the page asked for is remembered)
        MockHttpServletResponse visit = mvc.perform(get("/office")).andReturn().getResponse();
        Cookie before = visit.getCookie("SESSION");
        assertThat(before).as("a session cookie before signing in").isNotNull();

        MockHttpServletResponse login = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(login.getRedirectedUrl()).contains("/office");
        Cookie after = login.getCookie("SESSION");
        assertThat(after).as("a session cookie after signing in").isNotNull();
        assertThat(after.getValue()).as("the session id changes at sign-in").isNotEqualTo(before.getValue());

        // the session is a row of spring_session, so any node reads it
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/office").cookie(after))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        // the id from before sign-in is worth nothing
        assertThat(mvc.perform(get("/office").cookie(before))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void aWrongUsernameAndAWrongPasswordLookTheSame() throws Exception {
        MockHttpServletResponse unknownUser = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "nobody-" + username)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse();
        MockHttpServletResponse wrongPassword = mvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", PASSWORD + "x"))
                .andReturn()
                .getResponse();
        assertThat(unknownUser.getStatus()).isEqualTo(wrongPassword.getStatus()).isEqualTo(302);
        assertThat(unknownUser.getRedirectedUrl())
                .isEqualTo(wrongPassword.getRedirectedUrl())
                .isEqualTo("/login?error");

        String afterUnknownUser = loginPage(unknownUser.getCookie("SESSION"));
        String afterWrongPassword = loginPage(wrongPassword.getCookie("SESSION"));
        assertThat(afterUnknownUser).isEqualTo(afterWrongPassword).contains("用户名或密码不正确");
    }

    /** The login page after a failure, without its per-session CSRF token. */
    private String loginPage(Cookie session) throws Exception {
        var request = get("/login").param("error", "");
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request)
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"");
    }

    /** The messages of an exception and its causes (H2 and PostgreSQL wrap the trigger's differently). */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void theRecordOfActionsRefusesUpdatesAndDeletes() {
        String summary = "只能追加" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_name, action, subject_type, summary)
                        VALUES (:at, '测试', 'TEST', 'Test', :summary)
                        """)
                .param("at", OffsetDateTime.now())
                .param("summary", summary)
                .update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE action_record SET summary = '改过' WHERE summary = :s")
                        .param("s", summary)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(messages(e)).contains("操作记录只能追加"));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM action_record WHERE summary = :s")
                        .param("s", summary)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(messages(e)).contains("操作记录只能追加"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE summary = :s")
                        .param("s", summary)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
