package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Five failed sign-ins in a row lock an account for 15 minutes; a wrong login never says which half was wrong. */
@IntegrationTest
class LockoutIntegrationTests {
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

    TestOrganisation.PersonRef person;

    @BeforeEach
    void person() {
        TestOrganisation org = new TestOrganisation(agencies, departments, people, encoder);
        person = org.person(org.agency("丁局"), "lock", Role.SUBMITTER);
    }

    @Test
    void locksAfterFiveFailuresEvenForTheRightPasswordUntilTheTimePasses() throws Exception {
        for (int i = 0; i < 4; i++) {
            wrong();
        }
        assertThat(people.findById(person.id()).orElseThrow().lockedUntil()).isNull();
        wrong();
        Person locked = people.findById(person.id()).orElseThrow();
        assertThat(locked.lockedUntil()).isCloseTo(OffsetDateTime.now().plusMinutes(15), within(1, ChronoUnit.MINUTES));
        mvc.perform(formLogin("/login").user(person.username()).password(TestOrganisation.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE action = 'AccountLocked' AND subject_id = :id")
                        .param("id", String.valueOf(person.id()))
                        .query(String.class)
                        .single())
                .contains(person.username(), "连续5次登录失败，锁定至 ", "年")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");

        // the fifteen minutes pass
        jdbc.sql("UPDATE person SET locked_until = :past WHERE id = :id")
                .param("past", OffsetDateTime.now().minusSeconds(1))
                .param("id", person.id())
                .update();
        mvc.perform(formLogin("/login").user(person.username()).password(TestOrganisation.PASSWORD))
                .andExpect(authenticated());
        Person unlocked = people.findById(person.id()).orElseThrow();
        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(unlocked.failedLogins()).isZero();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            wrong();
        }
        mvc.perform(formLogin("/login").user(person.username()).password(TestOrganisation.PASSWORD))
                .andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            wrong();
        }
        assertThat(people.findById(person.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyAsAWrongPassword() throws Exception {
        String unknown = mvc.perform(formLogin("/login")
                        .user("nobody-" + TestOrganisation.unique())
                        .password("x"))
                .andExpect(unauthenticated())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String wrongPassword = mvc.perform(
                        formLogin("/login").user(person.username()).password("x"))
                .andExpect(unauthenticated())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("用户名或密码不正确，或账号已被暂时锁定。")));
    }

    private void wrong() throws Exception {
        mvc.perform(formLogin("/login").user(person.username()).password("Wrong-Password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }
}
