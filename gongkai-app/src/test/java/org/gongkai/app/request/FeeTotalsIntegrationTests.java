package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Section 六 of the annual report: the year's fee notices, payments, the yuan collected and the requests ended
 * unpaid, counted from the timeline by the day of each step, on the table-3 page of that year and agency only.
 */
@IntegrationTest
class FeeTotalsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordLapses recordLapses;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;
    GongkaiUser officerOfB;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("收费统计测试局");
        officer = org.person(agency, "fees-officer", Role.DISCLOSURE_OFFICER).principal();
        officerOfB = org.person(org.agency("收费统计乙局"), "fees-officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
    }

    @Test
    void theYearsFeesAreCountedForSectionSix() throws Exception {
        long paid = register();
        long unpaid = register();
        for (long id : new long[] {paid, unpaid}) {
            step(
                    id,
                    "send-fee-notice",
                    "on",
                    "2025-10-09",
                    "feeBasis",
                    "BY_PAGES",
                    "quantity",
                    "2219",
                    "paymentMethod",
                    "通过非税收入缴款码缴纳");
        }
        step(paid, "pay-fee", "on", "2025-10-20");
        recordLapses.run();

        assertThat(fees(officer, 2025))
                .contains("2025年", "发出信息处理费收费通知 2 件", "申请人缴费 1 件", "收取信息处理费 83460 元", "不再处理的申请 0 件");
        // the unpaid one ends on the day the lapse is recorded (today, by the daily job): that year's count
        int today = java.time.LocalDate.now().getYear();
        assertThat(fees(officer, today)).contains("不再处理的申请 1 件");
        assertThat(fees(officer, 2024)).contains("发出信息处理费收费通知 0 件", "收取信息处理费 0 元");
        assertThat(fees(officerOfB, 2025)).as("another agency's").contains("发出信息处理费收费通知 0 件");
    }

    private long register() throws Exception {
        mvc.perform(post("/office/requests")
                .with(csrf())
                .with(user(officer))
                .param("channel", "MAIL_SIGNED")
                .param("receivedOn", "2025-09-26")
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "李四")
                .param("identityKind", "OTHER")
                .param("identityNumber", "P" + TestOrganisation.unique())
                .param("contact", "13800000000")
                .param("description", "历年商务发展专项资金的全部拨付凭证"));
        return jdbc.sql("SELECT MAX(id) FROM disclosure_request WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Long.class)
                .single();
    }

    private void step(long id, String step, String... params) throws Exception {
        var request = post("/office/requests/{id}/steps/{step}", id, step)
                .with(csrf())
                .with(user(officer));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                .as(step)
                .isEqualTo(302);
    }

    private String fees(GongkaiUser who, int year) throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(get("/office/requests/statistics?year=" + year).with(user(who)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return page.select("section.fees").text();
    }
}
