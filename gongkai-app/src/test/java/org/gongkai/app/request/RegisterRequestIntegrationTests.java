package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The disclosure office registers a letter's application: the reply is due 20 working days after the
 * receipt date, the applicant gets a tracking number and an access code (shown once, kept as a hash),
 * the identity number is checked and never stored in clear, and every mistake is said at its field with
 * what was typed kept.
 */
@IntegrationTest
class RegisterRequestIntegrationTests {
    static final String RESIDENT_ID = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    GongkaiUser officer;
    GongkaiUser officerOfB;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        officer = org.person(org.agency("申请测试局"), "officer", Role.DISCLOSURE_OFFICER)
                .principal();
        officerOfB = org.person(org.agency("申请乙局"), "officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
    }

    @Test
    void registersALetterWithItsDueDateTrackingNumberAndAccessCode() throws Exception {
        Document page = page(register("2025-09-26", RESIDENT_ID).with(user(officer)));

        String tracking = page.select(".tracking-number").text();
        String accessCode = page.select(".access-code").text();
        assertThat(tracking).matches("20250926-\\d{6}");
        assertThat(accessCode).matches("[2-9A-Z]{8}");
        assertThat(page.text()).contains("2025年10月30日");

        var stored = jdbc.sql("SELECT * FROM disclosure_request WHERE tracking_number = :t")
                .param("t", tracking)
                .query()
                .singleRow();
        assertThat(stored.get("due_on").toString()).isEqualTo("2025-10-30");
        assertThat(stored.get("identity_masked")).isEqualTo("110105********002X");
        assertThat(stored.toString()).doesNotContain(RESIDENT_ID, accessCode);
        assertThat(jdbc.sql("""
                                SELECT summary || ' ' || COALESCE(after_state, '') FROM action_record
                                WHERE action = 'RequestRegistered' AND subject_id = :id""")
                        .param("id", stored.get("id").toString())
                        .query(String.class)
                        .single())
                .as("the record of actions (read by the supervising office) says nothing of the applicant")
                .contains(tracking, "2025年10月30日")
                .doesNotContain(RESIDENT_ID, "张三");

        assertThat(page(get("/office").with(user(officer)))
                        .select(".office-notices")
                        .text())
                .as("the office home says what is overdue")
                .contains("1 件申请已超过答复期限", "查看申请");
        assertThat(page(get("/office").with(user(officerOfB))).select(".office-notices"))
                .isEmpty();

        Document list = page(get("/office/requests").with(user(officer)));
        assertThat(list.text()).contains(tracking, "张三", "2025年10月30日", "已逾期");
        assertThat(page(get("/office/requests").with(user(officerOfB))).text()).doesNotContain(tracking);
        long id = ((Number) stored.get("id")).longValue();
        assertThat(mvc.perform(get("/office/requests/{id}", id).with(user(officerOfB)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(get("/office/requests/{id}", id).with(user(officer))).text())
                .contains("110105********002X")
                .doesNotContain(RESIDENT_ID);
    }

    @Test
    void saysAtEachFieldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String future = LocalDate.now().plusDays(3).toString();
        Document page = page(post("/office/requests")
                .with(user(officer))
                .with(csrf())
                .param("receivedOn", future)
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "李\u202E四")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", "110105194912310021")
                .param("contact", "")
                .param("description", "关于某某项目的批复文件"));

        assertThat(page.select("#channel-error").text()).isEqualTo("请选择申请渠道。");
        assertThat(page.select("#receivedOn-error").text()).isEqualTo("收到申请之日不能晚于今天。");
        assertThat(page.select("#applicantName-error").text()).contains("不可见的格式字符");
        assertThat(page.select("#identityNumber-error").text()).contains("校验位不对");
        assertThat(page.select("#contact-error").text()).isEqualTo("请填写联系方式。");
        assertThat(page.select("textarea#description").text()).isEqualTo("关于某某项目的批复文件");
        assertThat(page.select("input#identityNumber").val()).isEqualTo("110105194912310021");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE description = '关于某某项目的批复文件'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCreditCodeIsCheckedForAnOrganisation() throws Exception {
        Document page = page(post("/office/requests")
                .with(csrf())
                .with(user(officer))
                .param("channel", "EMAIL")
                .param("receivedOn", "2025-09-26")
                .param("applicantKind", "COMMERCIAL")
                .param("applicantName", "达州某某商贸有限公司")
                .param("identityKind", "CREDIT_CODE")
                .param("identityNumber", "11511700MB1A000283")
                .param("contact", "0818-0000000")
                .param("description", "某项目环评批复"));
        assertThat(page.select("#identityNumber-error").text()).contains("统一社会信用代码不正确");
    }

    private MockHttpServletRequestBuilder register(String receivedOn, String identity) {
        return post("/office/requests")
                .with(csrf())
                .param("channel", "MAIL_SIGNED")
                .param("receivedOn", receivedOn)
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "张三")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", identity)
                .param("contact", "13800000000，四川省达州市通川区")
                .param("description", "2025年达州市商务局行政许可事项清单")
                .param("delivery", "电子邮件");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
