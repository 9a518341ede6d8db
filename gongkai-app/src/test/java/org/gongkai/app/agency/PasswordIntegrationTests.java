package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /office/password}: the policy's Chinese messages, and the way out of an initial password. */
@IntegrationTest
class PasswordIntegrationTests {
    static final String GOOD = "Neues-Passwort-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    Departments departments;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.PersonRef newcomer;
    Cookie session;

    @BeforeEach
    void signInWithAnInitialPassword() throws Exception {
        TestOrganisation org = new TestOrganisation(agencies, departments, people, encoder);
        newcomer = org.newcomer(org.agency("丙局"), "new", Role.SUBMITTER);
        session = SignIn.as(mvc, newcomer.username(), TestOrganisation.PASSWORD);
    }

    @Test
    void anInitialPasswordLeadsToThePasswordPageOnly() throws Exception {
        mvc.perform(get("/office").cookie(session)).andExpect(redirectedUrl("/office/password"));
        mvc.perform(get("/office/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您正在使用初始密码或重置后的密码")));
    }

    @Test
    void changingThePasswordLeadsToTheOfficeWithTheSessionRefreshed() throws Exception {
        change(TestOrganisation.PASSWORD, GOOD, GOOD).andExpect(redirectedUrl("/office"));
        // the same session may now use the office: its principal no longer has to change the password
        mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/office/me").cookie(session)).andExpect(status().isOk());

        Person changed = people.findById(newcomer.id()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.passwordChangedAt()).isNotNull();
        assertThat(encoder.matches(GOOD, changed.passwordHash())).isTrue();
        var record = jdbc.sql(
                        "SELECT actor_id, summary FROM action_record WHERE action = 'InitialPasswordChanged' AND subject_id = :id")
                .param("id", String.valueOf(newcomer.id()))
                .query()
                .singleRow();
        assertThat(record.get("actor_id")).isEqualTo(newcomer.id());
        assertThat((String) record.get("summary")).contains(newcomer.username()).contains("初始密码");
        assertThat(record.toString()).doesNotContain(GOOD);

        mvc.perform(formLogin("/login").user(newcomer.username()).password(TestOrganisation.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(newcomer.username()).password(GOOD))
                .andExpect(authenticated());
    }

    @Test
    void saysWhichRuleTheNewPasswordBreaks() throws Exception {
        refused(TestOrganisation.PASSWORD, "Ab-12345", "新密码至少需要10位。");
        refused(TestOrganisation.PASSWORD, "abcdefghijkl", "新密码须包含小写字母、大写字母、数字、符号中的至少3类。");
        String withName = "X-" + newcomer.username().toUpperCase() + "-1";
        refused(TestOrganisation.PASSWORD, withName, "新密码不能包含用户名。");
        refused(TestOrganisation.PASSWORD, TestOrganisation.PASSWORD, "新密码不能与当前密码相同。");
        refused(TestOrganisation.PASSWORD, "Ab1-".repeat(17), "新密码不能超过64位。");
        refused("wrong-current-1A", GOOD, "当前密码不正确。");
        refused("", GOOD, "请填写当前密码。");
        refused(TestOrganisation.PASSWORD, "", "请填写新密码。");
        change(TestOrganisation.PASSWORD, GOOD, GOOD + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的新密码不一致。")));
        assertThat(people.findById(newcomer.id()).orElseThrow().mustChangePassword())
                .isTrue();
    }

    @Test
    void neverShowsATypedPasswordAgain() throws Exception {
        change(TestOrganisation.PASSWORD, "short-Pw1", "short-Pw1")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("short-Pw1"))))
                .andExpect(content().string(not(containsString(TestOrganisation.PASSWORD))));
    }

    private void refused(String current, String next, String message) throws Exception {
        change(current, next, next)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    private ResultActions change(String current, String next, String confirmation) throws Exception {
        return mvc.perform(post("/office/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", confirmation));
    }
}
