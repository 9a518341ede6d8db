package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.appeal.api.AppealStatistics;
import org.gongkai.app.system.api.AgencyId;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.rules.AuditContext;
import org.gongkai.report.rules.AuditOptions;
import org.gongkai.report.rules.Rule;
import org.gongkai.report.rules.Rules;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code gongkai.demo.enabled=true} the demo agencies get requests and appeals through the real use
 * cases: 达州市商务局's 2020 tables 3 and 4 are all zeros (as its 2020 report says), every demo agency's table 3
 * and table 4 of every year pass the report library's T3/T4 rules, every result row of both editions is used,
 * and 达州市商务局's disclosure officer sees on the office home an overdue request and requests due soon.
 */
@IntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class DemoRequestsIntegrationTests {
    static final List<String> DEMO_AGENCIES =
            List.of(DemoRequests.COMMERCE, DemoRequests.EDUCATION, DemoRequests.LAND, DemoRequests.TONGCHUAN);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DisclosureRequests requests;

    @Autowired
    AppealStatistics appeals;

    @Autowired
    Clock clock;

    long agency(String name) {
        return jdbc.sql("SELECT id FROM agency WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    @Test
    void commerceReceivedNoApplicationAndHadNoAppealIn2020() {
        long commerce = agency(DemoRequests.COMMERCE);
        Table3Statistics.Result table3 =
                Table3Statistics.of(2020, requests.findByAgencyIdOrderByDueOnAscIdAsc(commerce));
        for (Table3Row row : table3.rows()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                assertThat(table3.count(row, column)).as("%s %s", row, column).isZero();
            }
        }
        Table4 table4 = appeals.table4(new AgencyId(commerce), 2020);
        for (Table4Group group : Table4Group.values()) {
            for (Table4Column column : Table4Column.values()) {
                assertThat(table4.get(group, column)).as("%s %s", group, column).isZero();
            }
        }
        // but it has some in later years, and so do the other demo agencies
        for (String name : DEMO_AGENCIES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :a AND description LIKE :m")
                            .param("a", agency(name))
                            .param("m", DemoRequests.MARK + "%")
                            .query(Long.class)
                            .single())
                    .as(name)
                    .isGreaterThan(3);
        }
    }

    @Test
    void everyDemoAgencysTablesOfEveryYearPassTheT3AndT4Rules() {
        List<Rule> t4 =
                Rules.all().stream().filter(r -> r.id().startsWith("T4.")).toList();
        long withAppeals = 0;
        for (String name : DEMO_AGENCIES) {
            long id = agency(name);
            List<DisclosureRequest> all = requests.findByAgencyIdOrderByDueOnAscIdAsc(id);
            for (int year = 2019; year <= thisYear(); year++) {
                assertThat(Table3Statistics.of(year, all).findings())
                        .as("table 3 of %s %s", name, year)
                        .isEmpty();
                Table4 table4 = appeals.table4(new AgencyId(id), year);
                List<Finding> findings = new ArrayList<>();
                AuditContext context = new AuditContext(
                        new AnnualReport()
                                .year(year)
                                .edition(Edition.requiredFor(year))
                                .table4(table4),
                        null,
                        AuditOptions.defaults());
                t4.forEach(rule -> rule.check(context, findings));
                assertThat(findings).as("table 4 of %s %s", name, year).isEmpty();
                for (Table4Group group : Table4Group.values()) {
                    withAppeals += table4.get(group, Table4Column.TOTAL);
                }
            }
        }
        assertThat(withAppeals).isPositive();
    }

    @Test
    void everyResultRowOfEachEditionIsUsed() {
        Map<Edition, Set<Table3Row>> used = Map.of(Edition.E2019, new HashSet<>(), Edition.E2021, new HashSet<>());
        for (String name : DEMO_AGENCIES) {
            List<DisclosureRequest> all = requests.findByAgencyIdOrderByDueOnAscIdAsc(agency(name));
            for (int year = 2019; year <= thisYear(); year++) {
                Table3Statistics.Result table = Table3Statistics.of(year, all);
                for (Table3Row row : table.rows()) {
                    if (table.count(row, ApplicantColumn.TOTAL) > 0) {
                        used.get(table.edition()).add(row);
                    }
                }
            }
        }
        for (Edition edition : Edition.values()) {
            for (Outcome outcome : Outcome.values()) {
                if (outcome.existsIn(edition)) {
                    assertThat(used.get(edition)).as("%s %s", edition, outcome).contains(outcome.row());
                }
            }
            assertThat(used.get(edition)).contains(Table3Row.CARRIED_FORWARD);
        }
        assertThat(used.get(Edition.E2021)).contains(Table3Row.CARRIED_OVER);
    }

    @Test
    void everyApplicantKindAndTheStepsOfTheDemoAreThere() {
        assertThat(jdbc.sql("SELECT DISTINCT applicant_kind FROM disclosure_request WHERE description LIKE :m")
                        .param("m", DemoRequests.MARK + "%")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(EnumSet.allOf(ApplicantKind.class).stream()
                        .map(Enum::name)
                        .toArray(String[]::new));
        List<String> steps = jdbc.sql("SELECT DISTINCT kind FROM request_step")
                .query(String.class)
                .list();
        for (DisclosureRequest.Step step : DisclosureRequest.Step.values()) {
            assertThat(steps).as("%s", step).contains(step.name());
        }
        assertThat(jdbc.sql("SELECT DISTINCT kind FROM appeal WHERE case_number LIKE '%演示%'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION");
        assertThat(jdbc.sql("SELECT DISTINCT result FROM appeal WHERE case_number LIKE '%演示%'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("UPHELD", "CORRECTED", "OTHER", "PENDING");
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM appeal_history h JOIN appeal a ON a.id = h.appeal_id
                                WHERE h.action = 'RESULT_CORRECTED' AND a.case_number LIKE '%演示%'""").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE case_number LIKE '%演示%' AND result = 'PENDING'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void commercesDisclosureOfficerSeesOnMondayWhatIsOverdueAndDueSoon() throws Exception {
        long commerce = agency(DemoRequests.COMMERCE);
        long person = jdbc.sql("SELECT id FROM person WHERE username = 'shangwu-gongkai'")
                .query(Long.class)
                .single();
        GongkaiUser officer = new GongkaiUser(
                person,
                commerce,
                false,
                "shangwu-gongkai",
                "李公开（演示）",
                "",
                EnumSet.of(Role.DISCLOSURE_OFFICER),
                false,
                false,
                true);
        String notices = Jsoup.parse(mvc.perform(get("/office").with(user(officer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .select(".office-notices")
                .text();
        assertThat(notices).contains("1 件申请已超过答复期限", "2 件申请将在 5 个工作日内到期");
        // the pending demo case is recent: still within its statutory term
        assertThat(notices).doesNotContain("法定审理期限");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :a AND state = 'AWAITING_CLARIFICATION'")
                        .param("a", commerce)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
