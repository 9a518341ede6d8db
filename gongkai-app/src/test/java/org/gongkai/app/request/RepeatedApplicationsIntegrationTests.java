package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * 条例第四十四条: a request answered with the information disclosed offers to make it proactive — its page says
 * how many of the agency's requests describe the same information and links to a catalog draft with the
 * information named; a request answered otherwise offers nothing; the draft form says where it came from.
 */
@IntegrationTest
class RepeatedApplicationsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("转主动公开测试局");
        officer = org.person(agency, "a44-officer", Role.DISCLOSURE_OFFICER).principal();
    }

    @Test
    void aDisclosedAnswerAskedForTwiceOffersACatalogDraft() throws Exception {
        String information = "2025年度商贸流通项目资金分配结果" + TestOrganisation.unique();
        long first = register(information);
        long second = register(information);
        long other = register("某企业的行政处罚决定书" + TestOrganisation.unique());
        answer(second, "granted", "A36_2");
        answer(other, "withheld.internalAffairs", "A16_1");

        Document page = page("/office/requests/" + second);
        assertThat(page.select(".article44").text()).contains("共 2 件（含本件）", "第四十四条");
        String href = page.select(".article44 a").attr("href");
        URI link = URI.create(href);
        assertThat(link.getPath()).isEqualTo("/office/catalog/items/new");
        assertThat(URLDecoder.decode(link.getRawQuery(), StandardCharsets.UTF_8))
                .contains("title=" + information)
                .contains("fromRequest=" + trackingNumber(second));

        assertThat(page("/office/requests/" + other).select(".article44"))
                .as("withheld: nothing to make proactive")
                .isEmpty();
        assertThat(page("/office/requests/" + first).select(".article44"))
                .as("not answered yet")
                .isEmpty();

        Document draft = page(href);
        assertThat(draft.select("#title").val()).isEqualTo(information);
        assertThat(draft.select(".from-request").text()).contains(trackingNumber(second), "第四十四条");
    }

    @Test
    void theDraftFormIgnoresAMalformedSource() throws Exception {
        Document draft = page("/office/catalog/items/new?title=%E6%B5%8B%E8%AF%95&fromRequest=%3Cscript%3E");
        assertThat(draft.select(".from-request")).isEmpty();
        assertThat(draft.select("#title").val()).isEqualTo("测试");
    }

    private long register(String description) throws Exception {
        mvc.perform(post("/office/requests")
                .with(csrf())
                .with(user(officer))
                .param("channel", "MAIL_SIGNED")
                .param("receivedOn", "2025-09-26")
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "张三")
                .param("identityKind", "OTHER")
                .param("identityNumber", "P" + TestOrganisation.unique())
                .param("contact", "13800000000")
                .param("description", description));
        return jdbc.sql("SELECT MAX(id) FROM disclosure_request WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Long.class)
                .single();
    }

    private void answer(long id, String outcome, String ground) throws Exception {
        int status = mvc.perform(post("/office/requests/{id}/steps/answer", id)
                        .with(csrf())
                        .with(user(officer))
                        .param("on", "2025-10-20")
                        .param("outcome", outcome)
                        .param("legalGround", ground)
                        .param("obtain", "请到本机关政务服务大厅领取"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as("answered").isEqualTo(302);
    }

    private String trackingNumber(long id) {
        return jdbc.sql("SELECT tracking_number FROM disclosure_request WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(path)).with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
