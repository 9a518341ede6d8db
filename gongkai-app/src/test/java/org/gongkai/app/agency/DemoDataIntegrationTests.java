package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.api.CreditCode;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code gongkai.demo.enabled=true} the demo organisation is there at start-up, once. */
@IntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class DemoDataIntegrationTests {
    static final Map<String, Role> PEOPLE = Map.of(
            "shangwu-admin", Role.AGENCY_ADMIN,
            "shangwu-gongkai", Role.DISCLOSURE_OFFICER,
            "shangwu-gonggao", Role.SUBMITTER,
            "shangwu-baomi", Role.CONFIDENTIALITY_REVIEWER,
            "shangwu-lingdao", Role.APPROVING_LEADER,
            "zhongxin-jiandu", Role.SUPERVISOR,
            "pingtai-admin", Role.PLATFORM_ADMIN,
            "jiaoyu-admin", Role.AGENCY_ADMIN,
            "ziran-admin", Role.AGENCY_ADMIN,
            "tongchuan-admin", Role.AGENCY_ADMIN);

    @Autowired
    DemoData demo;

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

    @Autowired
    MockMvc mvc;

    @Test
    void loadsTheSupervisingOfficeAndItsAgencies() {
        Agency centre = agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE).stream()
                .filter(a -> a.name().equals(DemoData.SUPERVISING_OFFICE))
                .findFirst()
                .orElseThrow();
        assertThat(centre.demo()).isTrue();
        List<Agency> under = agencies.findBySupervisorIdOrderByName(centre.id());
        assertThat(under).extracting(Agency::name).contains("达州市商务局", "达州市教育局", "达州市自然资源和规划局", "达州市通川区人民政府");
        assertThat(under).hasSizeGreaterThanOrEqualTo(4).allMatch(Agency::demo);
        for (Agency a : under) {
            assertThat(CreditCode.check(a.creditCode())).isInstanceOf(CreditCode.Result.Valid.class);
            assertThat(departments.findByAgencyIdAndDisclosureOfficeTrue(a.id()))
                    .as(a.name())
                    .hasSize(1);
            assertThat(departments.findByAgencyIdOrderByName(a.id()))
                    .as(a.name())
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void loadsOnePersonPerRoleWhoNeedNotChangeThePassword() throws Exception {
        PEOPLE.forEach((username, role) -> {
            Person p = people.findByUsername(username).orElseThrow(() -> new AssertionError(username));
            assertThat(p.roles()).as(username).contains(role);
            assertThat(p.mustChangePassword()).as(username).isFalse();
            assertThat(encoder.matches(DemoData.PASSWORD, p.passwordHash()))
                    .as(username)
                    .isTrue();
        });
        Person shangwu = people.findByUsername("shangwu-admin").orElseThrow();
        assertThat(agencies.findById(shangwu.agencyId()).orElseThrow().name()).isEqualTo("达州市商务局");
        SignIn.as(mvc, "shangwu-gongkai", DemoData.PASSWORD);
    }

    @Test
    void loadsOnceAndRecordsTheLoading() {
        long agenciesBefore = agencies.count();
        long peopleBefore = people.count();
        assertThat(demo.load()).isFalse();
        assertThat(agencies.count()).isEqualTo(agenciesBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE action = 'DemoDataLoaded'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRecordGivesAReasonAPersonReadsNotAConfigurationKey() {
        Map<String, Object> record = jdbc.sql(
                        "SELECT reason, summary, actor_name FROM action_record WHERE action = 'DemoDataLoaded'")
                .query()
                .singleRow();
        assertThat((String) record.get("reason")).isEqualTo("以演示方式启动（演示数据）").doesNotContain("gongkai.");
        assertThat((String) record.get("summary")).startsWith("载入演示数据：达州市政府信息公开中心（演示）");
        assertThat((String) record.get("actor_name")).isEqualTo("系统");
    }

    @Test
    void theDemoAnswersOnThisMachineOnly() throws Exception {
        java.util.Properties demo = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-demo.properties")) {
            demo.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(demo.getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
