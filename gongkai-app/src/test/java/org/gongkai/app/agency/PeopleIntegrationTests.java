package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An agency administrator's people: the username rules, the roles they may grant, one-time passwords, scoping. */
@IntegrationTest
class PeopleIntegrationTests {
    static final Pattern ONE_TIME = Pattern.compile("class=\"one-time-password\">([^<]+)<");

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

    TestOrganisation org;
    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    TestOrganisation.PersonRef adminAPerson;
    GongkaiUser adminA;
    TestOrganisation.PersonRef bPerson;
    TestOrganisation.DepartmentRef aOffice;
    TestOrganisation.DepartmentRef bOffice;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(agencies, departments, people, encoder);
        a = org.agency("甲局");
        b = org.agency("乙局");
        adminAPerson = org.person(a, "admin-a", Role.AGENCY_ADMIN);
        adminA = org.principal(adminAPerson);
        bPerson = org.person(b, "b-staff", Role.SUBMITTER);
        aOffice = org.department(a, "办公室");
        bOffice = org.department(b, "办公室");
    }

    @Test
    void createsAPersonWithAOneTimePasswordWhoMustChangeIt() throws Exception {
        String username = "li.si-" + TestOrganisation.unique();
        String page = mvc.perform(
                        create(username, "李四", aOffice.id(), Role.DISCLOSURE_OFFICER.name(), Role.SUBMITTER.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只显示这一次")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = ONE_TIME.matcher(page);
        assertThat(m.find()).isTrue();
        String password = m.group(1);

        Person created = people.findByUsername(username).orElseThrow();
        assertThat(created.agencyId()).isEqualTo(a.id());
        assertThat(created.departmentId()).isEqualTo(aOffice.id());
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.DISCLOSURE_OFFICER, Role.SUBMITTER);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(encoder.matches(password, created.passwordHash())).isTrue();

        // shown once: neither the list nor the person's page carries it, nor the record of actions
        mvc.perform(get("/office/people").with(user(adminA)))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString(password))));
        mvc.perform(get("/office/people/{id}", created.id()).with(user(adminA)))
                .andExpect(content().string(not(containsString(password))));
        Map<String, Object> record = actionOf("PersonCreated", created.id());
        assertThat(record.get("actor_id")).isEqualTo(adminAPerson.id());
        assertThat((String) record.get("summary")).contains("李四", username, "公开办", "供稿人");
        assertThat(record.toString()).doesNotContain(password);

        // the newcomer signs in and is sent to change the password before anything else
        Cookie session = SignIn.as(mvc, username, password);
        mvc.perform(get("/office").cookie(session)).andExpect(redirectedUrl("/office/password"));
        mvc.perform(get("/office/people").cookie(session)).andExpect(redirectedUrl("/office/password"));
    }

    @Test
    void refusesNamesWithControlOrInvisibleCharactersAtTheField() throws Exception {
        for (String name : new String[] {"张\u0000三", "张三\u0007", "张\n三", "办公室\u202Ecba", "李\u200B四"}) {
            String username = TestOrganisation.username("hidden");
            mvc.perform(create(username, name, null, Role.SUBMITTER.name()))
                    .andExpect(content().string(containsString("不能包含控制字符、换行或不可见的格式字符")));
            assertThat(people.findByUsername(username))
                    .as("%s was not created", name.codePoints().toArray())
                    .isEmpty();
        }
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", "办公室\u202Ecba"))
                .andExpect(content().string(containsString("不能包含控制字符、换行或不可见的格式字符")));
    }

    @Test
    void checksTheUsername() throws Exception {
        mvc.perform(create("", "某人", null, Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("请填写用户名。")));
        mvc.perform(create("ab", "某人", null, Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("用户名应为3至32位。")));
        mvc.perform(create("a".repeat(33), "某人", null, Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("用户名应为3至32位。")));
        mvc.perform(create("Zhang San", "某人", null, Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("用户名只能使用小写字母、数字和 . _ - 。")))
                // what was typed is shown again
                .andExpect(content().string(containsString("value=\"Zhang San\"")))
                .andExpect(content().string(containsString("value=\"某人\"")));
        mvc.perform(create("张三abc", "某人", null, Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("用户名只能使用小写字母、数字和 . _ - 。")));
    }

    @Test
    void usernamesAreUniqueAcrossThePlatform() throws Exception {
        // bPerson belongs to another agency: the name is still taken, said at the field
        mvc.perform(create(bPerson.username(), "某人", null, Role.SUBMITTER.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名“" + bPerson.username() + "”已被使用，请换一个。")))
                .andExpect(content().string(containsString("field-error")));
        assertThat(people.findByUsername(bPerson.username()).orElseThrow().agencyId())
                .isEqualTo(b.id());
    }

    @Test
    void anAgencyAdministratorGrantsOnlyTheFiveAgencyRoles() throws Exception {
        String username = "grab-" + TestOrganisation.unique();
        mvc.perform(create(username, "某人", null, Role.SUPERVISOR.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("机关管理员不能授予以下角色：主管部门工作人员。")));
        mvc.perform(create(username, "某人", null, Role.SUBMITTER.name(), Role.PLATFORM_ADMIN.name()))
                .andExpect(content().string(containsString("机关管理员不能授予以下角色：平台管理员。")));
        mvc.perform(create(username, "某人", null)).andExpect(content().string(containsString("请至少选择一个角色。")));
        mvc.perform(create(username, "某人", null, "NO_SUCH_ROLE"))
                .andExpect(content().string(containsString("所选角色无效。")));
        assertThat(people.existsByUsername(username)).isFalse();
        mvc.perform(create(
                        username,
                        "某人",
                        null,
                        Role.SUBMITTER.name(),
                        Role.DISCLOSURE_OFFICER.name(),
                        Role.CONFIDENTIALITY_REVIEWER.name(),
                        Role.APPROVING_LEADER.name(),
                        Role.AGENCY_ADMIN.name()))
                .andExpect(status().isOk());
        assertThat(people.findByUsername(username).orElseThrow().roles()).hasSize(5);
    }

    @Test
    void theDepartmentMustBeOfTheSameAgency() throws Exception {
        String username = "dept-" + TestOrganisation.unique();
        mvc.perform(create(username, "某人", bOffice.id(), Role.SUBMITTER.name()))
                .andExpect(content().string(containsString("请选择本机关的内设机构。")));
        assertThat(people.existsByUsername(username)).isFalse();
    }

    @Test
    void changesAPersonsNameDepartmentAndRoles() throws Exception {
        TestOrganisation.PersonRef p = org.person(a, "staff", Role.SUBMITTER);
        mvc.perform(post("/office/people/{id}", p.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("displayName", "王五")
                        .param("departmentId", String.valueOf(aOffice.id()))
                        .param("roles", Role.APPROVING_LEADER.name()))
                .andExpect(redirectedUrl("/office/people"));
        Person changed = people.findById(p.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("王五");
        assertThat(changed.departmentId()).isEqualTo(aOffice.id());
        assertThat(changed.roles()).containsExactly(Role.APPROVING_LEADER);
        assertThat((String) actionOf("PersonChanged", p.id()).get("before_state"))
                .contains("供稿人");
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdministratorRoleNorDisableThemself() throws Exception {
        mvc.perform(post("/office/people/{id}", adminAPerson.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("displayName", "管理员")
                        .param("roles", Role.SUBMITTER.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能取消自己的机关管理员角色。")));
        mvc.perform(post("/office/people/{id}/disable", adminAPerson.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/office/people"));
        assertThat(people.findById(adminAPerson.id()).orElseThrow().enabled()).isTrue();
        assertThat(people.findById(adminAPerson.id()).orElseThrow().roles()).contains(Role.AGENCY_ADMIN);
    }

    @Test
    void disablesAndEnablesAPersonWhoThenCannotSignIn() throws Exception {
        TestOrganisation.PersonRef p = org.person(a, "leaver", Role.SUBMITTER);
        mvc.perform(post("/office/people/{id}/disable", p.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/office/people"));
        assertThat(people.findById(p.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin("/login").user(p.username()).password(TestOrganisation.PASSWORD))
                .andExpect(unauthenticated());
        assertThat(actionOf("PersonDisabled", p.id()).get("actor_id")).isEqualTo(adminAPerson.id());

        mvc.perform(post("/office/people/{id}/enable", p.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/office/people"));
        mvc.perform(formLogin("/login").user(p.username()).password(TestOrganisation.PASSWORD))
                .andExpect(authenticated());
        assertThat(actionOf("PersonEnabled", p.id())).isNotNull();
    }

    @Test
    void resetsAPasswordToANewOneTimeOne() throws Exception {
        TestOrganisation.PersonRef p = org.person(a, "forgetful", Role.SUBMITTER);
        String page = mvc.perform(post("/office/people/{id}/password", p.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = ONE_TIME.matcher(page);
        assertThat(m.find()).isTrue();
        Person reset = people.findById(p.id()).orElseThrow();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(encoder.matches(m.group(1), reset.passwordHash())).isTrue();
        assertThat(encoder.matches(TestOrganisation.PASSWORD, reset.passwordHash()))
                .isFalse();
        assertThat((String) actionOf("PasswordReset", p.id()).get("summary")).contains(p.username());
    }

    @Test
    void anotherAgencysPersonIsNotFoundAndUnchanged() throws Exception {
        mvc.perform(get("/office/people").with(user(adminA)))
                .andExpect(content().string(not(containsString(bPerson.username()))));
        mvc.perform(get("/office/people/{id}", bPerson.id()).with(user(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/office/people/{id}", bPerson.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("displayName", "被改")
                        .param("roles", Role.AGENCY_ADMIN.name()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/people/{id}/password", bPerson.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/people/{id}/disable", bPerson.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        Person unchanged = people.findById(bPerson.id()).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo(bPerson.displayName());
        assertThat(unchanged.roles()).containsExactly(Role.SUBMITTER);
        assertThat(unchanged.enabled()).isTrue();
        assertThat(encoder.matches(TestOrganisation.PASSWORD, unchanged.passwordHash()))
                .isTrue();
    }

    @Test
    void onlyAgencyAdministratorsManagePeople() throws Exception {
        GongkaiUser submitter = org.principal(org.person(a, "submitter", Role.SUBMITTER));
        mvc.perform(get("/office/people").with(user(submitter))).andExpect(status().isForbidden());
        mvc.perform(post("/office/people/{id}/password", adminAPerson.id())
                        .with(user(submitter))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsThePersonalPage() throws Exception {
        TestOrganisation.PersonRef p = org.person(a, "me", Role.DISCLOSURE_OFFICER, Role.CONFIDENTIALITY_REVIEWER);
        mvc.perform(get("/office/me").with(user(org.principal(p))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(p.displayName())))
                .andExpect(content().string(containsString(a.name())))
                .andExpect(content().string(containsString("公开办")))
                .andExpect(content().string(containsString("保密审查")))
                .andExpect(content().string(containsString("上次修改密码")))
                .andExpect(content().string(containsString("/office/password")));
    }

    private MockHttpServletRequestBuilder create(
            String username, String displayName, Long departmentId, String... roles) {
        MockHttpServletRequestBuilder request = post("/office/people")
                .with(user(adminA))
                .with(csrf())
                .param("username", username)
                .param("displayName", displayName);
        if (departmentId != null) {
            request.param("departmentId", departmentId.toString());
        }
        if (roles.length > 0) {
            request.param("roles", roles);
        }
        return request;
    }

    private Map<String, Object> actionOf(String action, Object subjectId) {
        return jdbc.sql("SELECT * FROM action_record WHERE action = :action AND subject_id = :id ORDER BY id DESC")
                .param("action", action)
                .param("id", subjectId.toString())
                .query()
                .listOfRows()
                .get(0);
    }
}
