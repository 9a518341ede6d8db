package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.calendar.api.ChineseDates;
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
 * The applicant sends the corrected request from the tracking page ({@code POST /track/correction}): only with
 * the right access code, only while the request awaits the correction, never an empty text; the platform records
 * it today, the text as the step's note, and the 20 working days start again.
 */
@IntegrationTest
class ApplicantCorrectionIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;
    String tracking;
    String code;
    long id;
    LocalDate day;

    @BeforeEach
    void aRequestAwaitingItsCorrection() throws Exception {
        TestOrganisation organisation = new TestOrganisation(context);
        agency = organisation.agency("补正测试局" + TestOrganisation.unique());
        officer = organisation
                .person(agency, "correction-officer", Role.DISCLOSURE_OFFICER)
                .principal();
        Document done = Jsoup.parse(mvc.perform(post("/agencies/{id}/apply", agency.id())
                        .with(csrf())
                        .with(ApplyOnlineIntegrationTests.from(ApplyOnlineIntegrationTests.randomAddress()))
                        .param("applicantKind", "LEGAL_SERVICE")
                        .param("applicantName", "四川某某律师事务所")
                        .param("identityKind", "OTHER")
                        .param("identityNumber", "律所执业许可证31510000" + TestOrganisation.unique())
                        .param("phone", "0818-1234567")
                        .param("description", "2024年本机关作出的行政处罚决定书")
                        .param("informationForm", "ELECTRONIC")
                        .param("deliveryWay", "COLLECT"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        tracking = done.select(".tracking-number").text();
        code = done.select(".access-code").text();
        assertThat(tracking).isNotEmpty();
        id = jdbc.sql("SELECT id FROM disclosure_request WHERE tracking_number = :t")
                .param("t", tracking)
                .query(Long.class)
                .single();
        // received a week ago (an online application made today may count from the next working day)
        day = LocalDate.now().minusDays(7);
        jdbc.sql("UPDATE disclosure_request SET received_on = :d, clock_starts_on = :d WHERE id = :id")
                .param("d", day)
                .param("id", id)
                .update();
    }

    @Test
    void theCorrectionIsTakenOnlyWithTheRightCodeAndRestartsTheClock() throws Exception {
        askForCorrection();
        Document shown = track(code);
        assertThat(shown.select("#correction h2").text()).isEqualTo("提交补正内容");
        assertThat(shown.select("#correction form").attr("action")).isEqualTo("/track/correction");

        Document wrong = correct("WRONGCODE", "处罚决定书为2024年作出的");
        assertThat(wrong.select("[role=alert]").text()).contains("受理编号或查询码不正确");
        assertThat(wrong.select("#correction")).isEmpty();
        assertThat(state()).isEqualTo("AWAITING_CLARIFICATION");

        Document done = correct(code, "处罚决定书为2024年作出的");
        assertThat(state()).isEqualTo("IN_PROCESS");
        LocalDate dueOn = jdbc.sql("SELECT due_on FROM disclosure_request WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
        assertThat(dueOn).isAfter(LocalDate.now());
        assertThat(done.select(".corrected").text()).contains(ChineseDates.format(dueOn));
        assertThat(done.select("#correction")).isEmpty();
        assertThat(done.text()).contains(ChineseDates.format(dueOn));
        assertThat(jdbc.sql("SELECT note FROM request_step WHERE request_id = :id AND kind = 'RECEIVE_CLARIFICATION'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("处罚决定书为2024年作出的");
    }

    @Test
    void aRequestNotAwaitingACorrectionRefusesIt() throws Exception {
        assertThat(track(code).select("#correction")).isEmpty();
        Document refused = correct(code, "补正内容");
        assertThat(refused.select("#correction [role=alert]").text()).isNotEmpty();
        assertThat(refused.select("#correction textarea").text()).isEqualTo("补正内容");
        assertThat(state()).isEqualTo("IN_PROCESS");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM request_step WHERE request_id = :id AND kind = 'RECEIVE_CLARIFICATION'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyTextIsRefusedAtTheField() throws Exception {
        askForCorrection();
        Document refused = correct(code, "   ");
        assertThat(refused.select("#note-error").text()).isEqualTo("请填写此项。");
        assertThat(refused.select("#note").attr("aria-invalid")).isEqualTo("true");
        assertThat(state()).isEqualTo("AWAITING_CLARIFICATION");

        String tooLong = "补".repeat(2001);
        Document kept = correct(code, tooLong);
        assertThat(kept.select("#note-error").text()).startsWith("不能超过");
        assertThat(kept.select("#note").text()).isEqualTo(tooLong);
        assertThat(state()).isEqualTo("AWAITING_CLARIFICATION");
    }

    private void askForCorrection() throws Exception {
        var request = post("/office/requests/{id}/steps/{step}", id, "request-clarification")
                .with(csrf())
                .with(user(officer))
                .param("on", day.toString())
                .param("until", day.plusDays(20).toString())
                .param("note", "请写明处罚决定书的作出年份");
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(state()).isEqualTo("AWAITING_CLARIFICATION");
    }

    private String state() {
        return jdbc.sql("SELECT state FROM disclosure_request WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Document track(String accessCode) throws Exception {
        return Jsoup.parse(mvc.perform(post("/track")
                        .with(csrf())
                        .with(ApplyOnlineIntegrationTests.from(ApplyOnlineIntegrationTests.randomAddress()))
                        .param("trackingNumber", tracking)
                        .param("accessCode", accessCode))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document correct(String accessCode, String text) throws Exception {
        return Jsoup.parse(mvc.perform(post("/track/correction")
                        .with(csrf())
                        .with(ApplyOnlineIntegrationTests.from(ApplyOnlineIntegrationTests.randomAddress()))
                        .param("trackingNumber", tracking)
                        .param("accessCode", accessCode)
                        .param("note", text))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
