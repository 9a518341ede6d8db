package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.api.CreditCode;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /office/platform/agencies}: the platform administrator adds and corrects agencies, codes checked. */
@IntegrationTest
class AgenciesIntegrationTests {
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
    TestOrganisation.AgencyRef office;
    TestOrganisation.PersonRef platformAdminPerson;
    GongkaiUser platformAdmin;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(agencies, departments, people, encoder);
        office = org.supervisingOffice("测试公开中心");
        platformAdminPerson = org.person(office, "platform", Role.PLATFORM_ADMIN);
        platformAdmin = org.principal(platformAdminPerson);
    }

    /** A made-up 统一社会信用代码 with right check characters (inside and out), unique in practice. */
    static String freshCode() {
        return TestOrganisation.freshCreditCode();
    }

    @Test
    void createsAnAgencyUnderASupervisingOffice() throws Exception {
        String name = "达州市测试局" + TestOrganisation.unique();
        String code = freshCode();
        save(post("/office/platform/agencies"), name, code.toLowerCase(), office.id())
                .andExpect(redirectedUrl("/office/platform/agencies"))
                .andExpect(flash().attribute("saved", name))
                .andExpect(flash().attribute("warnings", List.of()));
        Agency created = agencies.findByKindOrderByName(AgencyKind.AGENCY).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.creditCode()).isEqualTo(code);
        assertThat(created.supervisorId()).isEqualTo(office.id());
        assertThat(created.isSupervisingOffice()).isFalse();

        mvc.perform(get("/office/platform/agencies").with(user(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(code)));
        Map<String, Object> record = actionOf("AgencyCreated", created.id());
        assertThat(record.get("actor_id")).isEqualTo(platformAdminPerson.id());
        assertThat((String) record.get("summary")).contains(name, code);
    }

    @Test
    void refusesABadCodeNamingWhatIsWrong() throws Exception {
        String name = "达州市错码局" + TestOrganisation.unique();
        save(post("/office/platform/agencies"), name, "91110000600037341M", office.id())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验码错误：第18位应为“L”，现为“M”")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        save(post("/office/platform/agencies"), name, "00001434-8", office.id())
                .andExpect(content().string(containsString("组织机构代码校验码错误")));
        save(post("/office/platform/agencies"), name, "", office.id())
                .andExpect(content().string(containsString("请填写统一社会信用代码或组织机构代码")));
        assertThat(agencies.existsByName(name)).isFalse();
    }

    @Test
    void acceptsACodeWhoseInnerCheckFailsWithAWarning() throws Exception {
        String inner = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        char right = CreditCode.organisationCheckCharacter(inner);
        char wrong = right == '1' ? '2' : '1';
        String first17 = "11511700" + inner + wrong;
        String code = first17 + CreditCode.unifiedCheckCharacter(first17);
        String name = "达州市警示局" + TestOrganisation.unique();
        save(post("/office/platform/agencies"), name, code, office.id())
                .andExpect(redirectedUrl("/office/platform/agencies"))
                .andExpect(flash().attribute("warnings", hasSize(1)));
        assertThat(agencies.existsByName(name)).isTrue();
    }

    @Test
    void refusesDuplicatesAndASupervisorThatIsNoSupervisingOffice() throws Exception {
        TestOrganisation.AgencyRef existing = org.agency("已有局");
        String code = freshCode();
        save(post("/office/platform/agencies"), "达州市甲" + TestOrganisation.unique(), code, office.id())
                .andExpect(status().is3xxRedirection());
        save(post("/office/platform/agencies"), existing.name(), code, existing.id())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有名为“" + existing.name() + "”的机关。")))
                .andExpect(content().string(containsString("代码 " + code + " 已登记给其他机关。")))
                .andExpect(content().string(containsString("所选主管部门不存在。")));
    }

    @Test
    void correctsAnAgencyAndRecordsBeforeAndAfter() throws Exception {
        TestOrganisation.AgencyRef agency = org.agency("旧名局");
        mvc.perform(get("/office/platform/agencies/{id}", agency.id()).with(user(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + agency.name() + "\"")));
        String name = "新名局" + TestOrganisation.unique();
        String code = freshCode();
        save(post("/office/platform/agencies/{id}", agency.id()), name, code, office.id())
                .andExpect(redirectedUrl("/office/platform/agencies"));
        Agency edited = agencies.findById(agency.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo(name);
        assertThat(edited.creditCode()).isEqualTo(code);
        Map<String, Object> record = actionOf("AgencyChanged", agency.id());
        assertThat((String) record.get("before_state")).contains(agency.name());
        assertThat((String) record.get("after_state")).contains(name, code);
        // a supervising office is corrected on the same page, without a supervising office of its own
        mvc.perform(get("/office/platform/agencies/{id}", office.id()).with(user(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"supervisorId\""))));
        mvc.perform(get("/office/platform/agencies/{id}", Long.MAX_VALUE).with(user(platformAdmin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyThePlatformAdministratorManagesAgencies() throws Exception {
        TestOrganisation.AgencyRef agency = org.agency("某局");
        GongkaiUser agencyAdmin = org.principal(org.person(agency, "admin", Role.AGENCY_ADMIN));
        mvc.perform(get("/office/platform/agencies").with(user(agencyAdmin))).andExpect(status().isForbidden());
        String name = "越权局" + TestOrganisation.unique();
        mvc.perform(post("/office/platform/agencies")
                        .with(user(agencyAdmin))
                        .with(csrf())
                        .param("name", name)
                        .param("creditCode", freshCode())
                        .param("supervisorId", String.valueOf(office.id())))
                .andExpect(status().isForbidden());
        assertThat(agencies.existsByName(name)).isFalse();
    }

    private ResultActions save(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String name,
            String code,
            Long supervisorId)
            throws Exception {
        return mvc.perform(request.with(user(platformAdmin))
                .with(csrf())
                .param("name", name)
                .param("shortName", "")
                .param("creditCode", code)
                .param("supervisorId", supervisorId.toString()));
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
