package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** An agency administrator's departments, scoped to their own agency, each change in the record of actions. */
@IntegrationTest
class DepartmentsIntegrationTests {
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

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser adminA;
    TestOrganisation.PersonRef adminAPerson;
    TestOrganisation.DepartmentRef bOffice;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(agencies, departments, people, encoder);
        a = org.agency("甲局");
        b = org.agency("乙局");
        adminAPerson = org.person(a, "admin-a", Role.AGENCY_ADMIN);
        adminA = org.principal(adminAPerson);
        bOffice = org.department(b, "乙局秘密科");
    }

    @Test
    void createsListsAndRecordsADepartment() throws Exception {
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", "  法规科  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/office/departments"));
        Department created = departments.findByAgencyIdOrderByName(a.id()).get(0);
        assertThat(created.name()).isEqualTo("法规科");

        mvc.perform(get("/office/departments").with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("法规科")))
                .andExpect(content().string(not(containsString("乙局秘密科"))));

        Map<String, Object> record = actionOf("DepartmentCreated", created.id());
        assertThat(record.get("actor_id")).isEqualTo(adminAPerson.id());
        assertThat(record.get("agency_id")).isEqualTo(a.id());
        assertThat((String) record.get("summary")).contains("法规科");
        assertThat((String) record.get("actor_name")).contains(adminAPerson.username());
    }

    @Test
    void showsTheFormAgainWithChineseMessagesAtTheField() throws Exception {
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写内设机构名称。")));
        String tooLong = "科".repeat(101);
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内设机构名称不能超过100个字。")))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")));
    }

    @Test
    void namesAreUniqueWithinAnAgencyOnly() throws Exception {
        new TestOrganisation(agencies, departments, people, encoder).department(a, "办公室");
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", "办公室"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本机关已有名为“办公室”的内设机构。")));
        // 乙局's 乙局秘密科 does not stop 甲局 from having one
        mvc.perform(post("/office/departments").with(user(adminA)).with(csrf()).param("name", "乙局秘密科"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void renamesADepartmentAndRecordsBeforeAndAfter() throws Exception {
        TestOrganisation.DepartmentRef d =
                new TestOrganisation(agencies, departments, people, encoder).department(a, "旧名科");
        mvc.perform(get("/office/departments/{id}", d.id()).with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"旧名科\"")));
        mvc.perform(post("/office/departments/{id}", d.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", "新名科"))
                .andExpect(status().is3xxRedirection());
        assertThat(departments.findById(d.id()).orElseThrow().name()).isEqualTo("新名科");
        Map<String, Object> record = actionOf("DepartmentRenamed", d.id());
        assertThat(record.get("before_state")).isEqualTo("{\"departmentName\":\"旧名科\"}");
        assertThat(record.get("after_state")).isEqualTo("{\"departmentName\":\"新名科\"}");
    }

    @Test
    void anAgencyHasAtMostOneDisclosureOffice() throws Exception {
        TestOrganisation org = new TestOrganisation(agencies, departments, people, encoder);
        TestOrganisation.DepartmentRef office = org.department(a, "办公室");
        TestOrganisation.DepartmentRef other = org.department(a, "业务科");
        mvc.perform(post("/office/departments/{id}/disclosure-office", office.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/office/departments/{id}/disclosure-office", other.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(departments.findByAgencyIdAndDisclosureOfficeTrue(a.id()))
                .extracting(Department::name)
                .containsExactly("业务科");
        assertThat(actionOf("DisclosureOfficeMarked", other.id()).get("before_state"))
                .isEqualTo("{\"disclosureOffice\":\"办公室\"}");
    }

    @Test
    void anotherAgencysDepartmentIsNotFoundAndUnchanged() throws Exception {
        mvc.perform(get("/office/departments/{id}", bOffice.id()).with(user(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/departments/{id}", bOffice.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", "被改名"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/departments/{id}/disclosure-office", bOffice.id())
                        .with(user(adminA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        Department unchanged = departments.findById(bOffice.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("乙局秘密科");
        assertThat(unchanged.disclosureOffice()).isFalse();
    }

    @Test
    void onlyAgencyAdministratorsManageDepartments() throws Exception {
        GongkaiUser officer = new TestOrganisation(agencies, departments, people, encoder)
                .principal(new TestOrganisation(agencies, departments, people, encoder)
                        .person(a, "officer", Role.DISCLOSURE_OFFICER));
        mvc.perform(get("/office/departments").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/office/departments").with(user(officer)).with(csrf()).param("name", "偷建科"))
                .andExpect(status().isForbidden());
        assertThat(departments.existsByAgencyIdAndName(a.id(), "偷建科")).isFalse();
    }

    @Test
    void refusesAChangeWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/office/departments").with(user(adminA)).param("name", "无令牌科"))
                .andExpect(status().isForbidden());
        assertThat(departments.existsByAgencyIdAndName(a.id(), "无令牌科")).isFalse();
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
