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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An applicant's contact details are masked on the request's page and in the list; the disclosure office opens
 * them in full with a reason, each view kept in the record of actions; no reason, no view; another agency 404.
 */
@IntegrationTest
class ApplicantContactIntegrationTests {
    static final String CONTACT = "电话：13812345678；地址：四川省达州市通川区朝阳中路100号；电子邮箱：wangwu@example.cn";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;
    GongkaiUser officerOfB;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("联系方式测试局");
        officer = org.person(agency, "contact-officer", Role.DISCLOSURE_OFFICER).principal();
        officerOfB = org.person(org.agency("联系方式乙局"), "contact-officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
    }

    @Test
    void maskedUntilOpenedWithAReasonAndEachViewIsRecorded() throws Exception {
        long id = register();
        String page = body(get("/office/requests/{id}", id), officer);
        String list = body(get("/office/requests"), officer);
        for (String shown : new String[] {page, list}) {
            assertThat(shown).doesNotContain("13812345678", "朝阳中路100号", "wangwu@example.cn");
        }
        assertThat(Jsoup.parse(page).select(".contact-masked").text())
                .isEqualTo("电话：1********78；地址：四********0号；电子邮箱：w********cn");

        Document refused =
                Jsoup.parse(body(post("/office/requests/{id}/contact", id).param("reason", " "), officer));
        assertThat(refused.select("#reason-error").text()).isEqualTo("请填写查看理由。");
        assertThat(refused.select(".contact-full")).isEmpty();
        assertThat(views(id)).isZero();

        MockHttpServletResponse shown = mvc.perform(post("/office/requests/{id}/contact", id)
                        .with(csrf())
                        .with(user(officer))
                        .param("reason", "电话联系补正事项"))
                .andReturn()
                .getResponse();
        assertThat(shown.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(Jsoup.parse(shown.getContentAsString())
                        .select(".contact-full")
                        .text())
                .isEqualTo(CONTACT);
        assertThat(views(id)).isOne();
        assertThat(jdbc.sql("SELECT reason FROM action_record WHERE action = 'ApplicantContactViewed'"
                                + " AND subject_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("电话联系补正事项");

        assertThat(mvc.perform(post("/office/requests/{id}/contact", id)
                                .with(csrf())
                                .with(user(officerOfB))
                                .param("reason", "好奇"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another agency's request")
                .isEqualTo(404);
        assertThat(views(id)).isOne();
    }

    private long register() throws Exception {
        mvc.perform(post("/office/requests")
                .with(csrf())
                .with(user(officer))
                .param("channel", "MAIL_SIGNED")
                .param("receivedOn", "2025-09-26")
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "王五")
                .param("identityKind", "OTHER")
                .param("identityNumber", "P" + TestOrganisation.unique())
                .param("contact", CONTACT)
                .param("description", "某项目的批复文件"));
        return jdbc.sql("SELECT MAX(id) FROM disclosure_request WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Long.class)
                .single();
    }

    private int views(long id) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM action_record WHERE action = 'ApplicantContactViewed' AND subject_id = :id")
                .param("id", Long.toString(id))
                .query(Integer.class)
                .single();
    }

    private String body(MockHttpServletRequestBuilder request, GongkaiUser who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
