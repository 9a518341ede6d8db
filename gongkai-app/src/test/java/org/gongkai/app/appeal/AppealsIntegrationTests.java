package org.gongkai.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The disclosure office records reconsideration and litigation cases through the pages: linked to a request of
 * its agency by tracking number, every mistake said at its field with what was typed kept, the result recorded
 * once and then corrected with a reason, the case's history, the office notice for a case pending past its
 * statutory period, and table 4 of a year whose every cell lists exactly the cases it counts.
 */
@IntegrationTest
class AppealsIntegrationTests {
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
    void twoAgenciesWithTheirDisclosureOffices() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("复议测试局" + TestOrganisation.unique());
        officer = org.person(agency, "appeal-officer", Role.DISCLOSURE_OFFICER).principal();
        officerOfB = org.person(org.agency("复议乙局"), "appeal-officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
    }

    @Test
    void recordsACaseAboutARequestAndShowsItOnlyToItsAgency() throws Exception {
        String tracking = request("2025-02-10");
        MockHttpServletResponse created = mvc.perform(record("RECONSIDERATION", "2025-04-01", "（2025）复字第3号")
                        .param("trackingNumber", tracking)
                        .param("note", "申请人对不予公开答复不服")
                        .with(user(officer)))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).matches("/office/appeals/\\d+");
        String detailUrl = created.getRedirectedUrl();

        Document detail = page(get(detailUrl).with(user(officer)));
        assertThat(detail.select("h1").text()).contains("（2025）复字第3号");
        assertThat(detail.select(".kind").text()).isEqualTo("行政复议");
        assertThat(detail.select(".result").text()).isEqualTo("尚未审结");
        assertThat(detail.select("a[href^=/office/requests/]").text()).isEqualTo(tracking);
        assertThat(detail.text()).contains("2025年4月1日", "达州市人民政府", "申请人对不予公开答复不服");
        assertThat(detail.select("table.history tbody tr")).hasSize(1);
        assertThat(detail.select("table.history").text()).contains("登记案件", officer.displayName());

        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE action = 'AppealRecorded' AND agency_id = :a")
                        .param("a", agency.id())
                        .query(String.class)
                        .single())
                .isEqualTo("登记行政复议案件 （2025）复字第3号（达州市人民政府）");

        assertThat(page(get("/office/appeals").with(user(officer)))
                        .select("a.case-number")
                        .text())
                .isEqualTo("（2025）复字第3号");
        assertThat(page(get("/office/appeals").with(user(officerOfB))).text()).doesNotContain("（2025）复字第3号");
        assertThat(mvc.perform(get(detailUrl).with(user(officerOfB)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void saysAtEachFieldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String future = LocalDate.now().plusDays(3).toString();
        String requestOfB = requestOf(officerOfB.agencyId(), "2025-02-10");
        Document page = page(post("/office/appeals")
                .with(csrf())
                .with(user(officer))
                .param("filedOn", future)
                .param("body", "")
                .param("caseNumber", "（2025）川1702行初12号")
                .param("trackingNumber", requestOfB)
                .param("result", "UPHELD")
                .param("note", "备注\n第二行"));

        assertThat(page.select("#kind-error").text()).isEqualTo("请选择案件类型。");
        assertThat(page.select("#filedOn-error").text()).isEqualTo("申请或起诉日期不能晚于今天。");
        assertThat(page.select("#body-error").text()).isEqualTo("请填写复议机关或人民法院。");
        assertThat(page.select("#trackingNumber-error").text())
                .as("another agency's request is unknown here")
                .isEqualTo("本机关没有受理编号为“" + requestOfB + "”的申请。");
        assertThat(page.select("#decidedOn-error").text()).isEqualTo("已审结的案件请填写审结日期。");
        assertThat(page.select("input#caseNumber").val()).isEqualTo("（2025）川1702行初12号");
        assertThat(page.select("select#result option[selected]").val()).isEqualTo("UPHELD");
        assertThat(page.select("textarea#note").first().wholeText()).isEqualTo("备注\n第二行");

        Document typo = page(record("LITIGATION_DIRECT", "2025-13-01", "（2025）川1702行初13号")
                .param("decidedOn", "2025-01-01")
                .with(user(officer)));
        assertThat(typo.select("#filedOn-error").text()).isEqualTo("日期格式应为 2026-12-01。");
        assertThat(typo.select("#decidedOn-error").text()).isEqualTo("尚未审结的案件不填写审结日期。");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE agency_id = :a")
                        .param("a", agency.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        String earlier = request("2025-03-10");
        Document beforeRequest = page(record("RECONSIDERATION", "2025-03-01", "（2025）复字第9号")
                .param("trackingNumber", earlier)
                .with(user(officer)));
        assertThat(beforeRequest.select("#filedOn-error").text()).isEqualTo("申请或起诉日期不能早于所涉申请的收到日期（2025年3月10日）。");

        mvc.perform(record("RECONSIDERATION", "2025-03-01", "（2025）复字第10号").with(user(officer)));
        assertThat(page(record("RECONSIDERATION", "2025-03-02", "（2025）复字第10号").with(user(officer)))
                        .select("#caseNumber-error")
                        .text())
                .isEqualTo("本机关已登记过同一类型、案号为“（2025）复字第10号”的案件。");
    }

    @Test
    void recordsTheResultOnceAndCorrectsItWithAReason() throws Exception {
        String url = created(record("LITIGATION_DIRECT", "2025-05-01", "（2025）川1702行初20号"));

        Document early = page(post(url + "/result")
                .with(csrf())
                .with(user(officer))
                .param("result", "UPHELD")
                .param("decidedOn", "2025-04-30"));
        assertThat(early.select("#decidedOn-error").text()).isEqualTo("审结日期不能早于申请或起诉日期（2025年5月1日）。");
        assertThat(early.select("select#result option[selected]").val()).isEqualTo("UPHELD");

        assertThat(mvc.perform(post(url + "/result")
                                .with(csrf())
                                .with(user(officer))
                                .param("result", "UPHELD")
                                .param("decidedOn", "2025-09-15"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
        Document again = page(post(url + "/result")
                .with(csrf())
                .with(user(officer))
                .param("result", "CORRECTED")
                .param("decidedOn", "2025-09-16"));
        assertThat(again.text()).contains("该案件已登记结果“结果维持”；如需更改，请更正结果并说明理由。");

        Document noReason = page(post(url + "/correction")
                .with(csrf())
                .with(user(officer))
                .param("result", "CORRECTED")
                .param("decidedOn", "2025-09-15"));
        assertThat(noReason.select("#reason-error").text()).isEqualTo("请说明更正的理由。");
        assertThat(noReason.select("select#correction-result option[selected]").val())
                .isEqualTo("CORRECTED");

        mvc.perform(post(url + "/correction")
                .with(csrf())
                .with(user(officer))
                .param("result", "CORRECTED")
                .param("decidedOn", "2025-09-15")
                .param("reason", "判决书送达后核对，应为确认违法"));
        Document detail = page(get(url).with(user(officer)));
        assertThat(detail.select(".result").text()).isEqualTo("结果纠正");
        assertThat(detail.select("table.history tbody tr")).hasSize(3);
        assertThat(detail.select("table.history tbody tr").last().text())
                .contains("更正结果", "结果纠正", "2025年9月15日", "判决书送达后核对，应为确认违法");
        assertThat(jdbc.sql("""
                        SELECT summary FROM action_record WHERE action = 'AppealResultCorrected' AND agency_id = :a
                        """).param("a", agency.id()).query(String.class).single())
                .isEqualTo("案件 （2025）川1702行初20号 的结果由“结果维持”更正为“结果纠正”");

        assertThat(mvc.perform(post(url + "/correction")
                                .with(csrf())
                                .with(user(officerOfB))
                                .param("result", "PENDING")
                                .param("reason", "乙局想改"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(get(url).with(user(officer))).select(".result").text()).isEqualTo("结果纠正");
    }

    @Test
    void theOfficeHomeNamesCasesPendingPastTheirStatutoryPeriod() throws Exception {
        created(record("RECONSIDERATION", LocalDate.now().minusDays(91).toString(), "超期复议1号"));
        created(record("LITIGATION_DIRECT", LocalDate.now().minusMonths(5).toString(), "未超期诉讼1号"));
        assertThat(page(get("/office").with(user(officer)))
                        .select(".office-notices")
                        .text())
                .contains("1 件复议或诉讼案件已超过法定审理期限仍登记为尚未审结", "查看案件");
        Document pending = page(get("/office/appeals?pending=true").with(user(officer)));
        assertThat(pending.select("a.case-number").eachText()).containsExactlyInAnyOrder("超期复议1号", "未超期诉讼1号");
        assertThat(pending.text()).contains("已超过法定审理期限");
    }

    @Test
    void tableFourOfAYearListsInEachCellExactlyTheCasesItCounts() throws Exception {
        // decided in 2025 with each result, filed in 2024 or 2025
        decided(created(record("RECONSIDERATION", "2024-11-20", "复1")), "UPHELD", "2025-01-15");
        decided(created(record("RECONSIDERATION", "2025-02-01", "复2")), "UPHELD", "2025-03-20");
        decided(created(record("RECONSIDERATION", "2025-03-01", "复3")), "CORRECTED", "2025-04-20");
        decided(created(record("LITIGATION_DIRECT", "2025-01-10", "诉1")), "OTHER", "2025-06-01");
        // pending at the end of 2025: still pending, and decided in 2026
        created(record("RECONSIDERATION", "2025-12-31", "复4"));
        decided(created(record("LITIGATION_AFTER_RECONSIDERATION", "2025-08-01", "诉2")), "CORRECTED", "2026-02-01");
        // not counted in 2025: decided in 2024, filed in 2026
        decided(created(record("LITIGATION_DIRECT", "2024-01-10", "诉3")), "UPHELD", "2024-06-01");
        created(record("LITIGATION_DIRECT", "2026-01-05", "诉4"));

        Document table = page(get("/office/appeals/statistics?year=2025").with(user(officer)));
        assertThat(row(table)).isEqualTo("2 1 0 1 4 | 0 0 1 0 1 | 0 0 0 1 1");
        assertThat(table.text()).contains("T4.GROUP_TOTAL", "全部通过");
        assertThat(table.select("table.table4 thead tr")).hasSize(3);

        for (Element link : table.select("table.table4 td a")) {
            Document list = page(get(link.attr("href")).with(user(officer)));
            assertThat(list.select("a.case-number"))
                    .as("%s lists the cases it counts", link.attr("href"))
                    .hasSize(Integer.parseInt(link.text()));
        }
        Document pending = page(get(table.select("td[data-cell=litigationAfterReconsideration.pending] a")
                        .attr("href"))
                .with(user(officer)));
        assertThat(pending.select("a.case-number").eachText()).containsExactly("诉2");
        assertThat(pending.select("td.counted").text()).isEqualTo("尚未审结");

        assertThat(page(get("/office/appeals?result=CORRECTED").with(user(officer)))
                        .select("a.case-number")
                        .eachText())
                .as("without a year: the result the case has now")
                .containsExactlyInAnyOrder("复3", "诉2");
        assertThat(row(page(get("/office/appeals/statistics?year=2026").with(user(officer)))))
                .isEqualTo("0 0 0 1 1 | 0 0 0 1 1 | 0 1 0 0 1");
        assertThat(row(page(get("/office/appeals/statistics?year=2025").with(user(officerOfB)))))
                .isEqualTo("0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
    }

    private static String row(Document table) {
        var cells = table.select("table.table4 tbody td").eachText();
        return String.join(" ", cells.subList(0, 5)) + " | " + String.join(" ", cells.subList(5, 10)) + " | "
                + String.join(" ", cells.subList(10, 15));
    }

    private void decided(String url, String result, String on) throws Exception {
        assertThat(mvc.perform(post(url + "/result")
                                .with(csrf())
                                .with(user(officer))
                                .param("result", result)
                                .param("decidedOn", on))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
    }

    private String created(MockHttpServletRequestBuilder record) throws Exception {
        String url = mvc.perform(record.with(user(officer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(url).as("recorded").isNotNull();
        return url;
    }

    private static MockHttpServletRequestBuilder record(String kind, String filedOn, String caseNumber) {
        return post("/office/appeals")
                .with(csrf())
                .param("kind", kind)
                .param("filedOn", filedOn)
                .param("body", "达州市人民政府")
                .param("caseNumber", caseNumber)
                .param("result", "PENDING");
    }

    private String request(String receivedOn) {
        return requestOf(agency.id(), receivedOn);
    }

    /** A request of {@code agencyId}, made by hand (registering one is the request module's business). */
    private String requestOf(long agencyId, String receivedOn) {
        String tracking =
                receivedOn.replace("-", "") + "-" + TestOrganisation.unique().substring(0, 6);
        jdbc.sql("""
                        INSERT INTO disclosure_request (agency_id, tracking_number, access_code_hash, channel,
                            applicant_kind, applicant_name, identity_kind, identity_masked, identity_hash, contact,
                            description, received_on, state, clock_starts_on, due_on, due_provisional, created_at)
                        VALUES (:agency, :tracking, '{noop}x', 'IN_PERSON', 'NATURAL_PERSON', '李四', 'OTHER',
                            '****', 'h', '13800000000', '某文件', :received, 'ANSWERED', :received, :received, FALSE,
                            :now)
                        """)
                .param("agency", agencyId)
                .param("tracking", tracking)
                .param("received", LocalDate.parse(receivedOn))
                .param("now", OffsetDateTime.now())
                .update();
        return tracking;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
