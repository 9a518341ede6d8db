package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The disclosure office takes a request through its steps on its page — clarification, the corrected
 * request, a consultation, an extension approved by a leader, the answer with its table-3 outcome — each
 * kept in the timeline and the record of actions; a wrong form is told at its field with what was typed
 * kept, a step the state does not allow is refused in Chinese, another agency gets 404. The daily job
 * records lapses, and a holiday notice loaded later recomputes the due days it reaches.
 */
@IntegrationTest
class RequestStepsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisclosureRequests requests;

    @Autowired
    RecordLapses recordLapses;

    @Autowired
    WorkingDayCalendar calendar;

    TestOrganisation org;
    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;
    GongkaiUser officerOfB;
    TestOrganisation.PersonRef leader;
    TestOrganisation.PersonRef colleague;

    @BeforeEach
    void anAgencyWithItsDisclosureOfficeAndALeader() {
        org = new TestOrganisation(context);
        agency = org.agency("办理测试局");
        officer = org.person(agency, "steps-officer", Role.DISCLOSURE_OFFICER).principal();
        leader = org.person(agency, "steps-leader", Role.APPROVING_LEADER);
        colleague = org.person(agency, "steps-colleague", Role.DISCLOSURE_OFFICER);
        officerOfB = org.person(org.agency("办理乙局"), "steps-officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
    }

    @AfterEach
    void forgetTheNoticeOf2031() {
        if (jdbc.sql("DELETE FROM holiday_notice WHERE notice_year = 2031").update() > 0) {
            ReflectionTestUtils.invokeMethod(calendar, "reload");
        }
    }

    @Test
    void aRequestGoesThroughClarificationConsultationExtensionToItsAnswer() throws Exception {
        long id = register("2025-09-26");
        Document page = page(get("/office/requests/{id}", id));
        assertThat(forms(page))
                .containsExactly("answer", "request-clarification", "start-consultation", "extend", "send-fee-notice");
        assertThat(page.select(".awaited").text()).isEqualTo("待本机关答复，答复期限 2025年10月30日");

        // 补正: once, with a correct-by day; the clock waits, then restarts from the corrected request
        follow(step(id, "request-clarification")
                .param("on", "2025-09-29")
                .param("until", "2025-10-20")
                .param("note", "请写明所需信息的文件名称或文号"));
        page = page(get("/office/requests/{id}", id));
        assertThat(page.select(".request-state").text()).isEqualTo("待补正");
        assertThat(page.select(".awaited").text()).isEqualTo("待申请人补正，补正期限 2025年10月20日");
        assertThat(forms(page)).containsExactly("receive-clarification", "lapse-clarification");
        // the clarification issued its notice (补正告知书) in the same step, kept with its 文号
        assertThat(letterText(id, "REQUEST_CLARIFICATION"))
                .contains("政府信息公开申请补正告知书", stored(id, "tracking_number"), "张三", "请写明所需信息的文件名称或文号");
        follow(step(id, "receive-clarification").param("on", "2025-10-17"));
        assertThat(stored(id, "due_on")).isEqualTo("2025-11-14");

        // a consultation with another agency pauses the clock by the working days it took
        follow(step(id, "start-consultation")
                .param("on", "2025-10-20")
                .param("consultationKind", "OTHER_AGENCY")
                .param("party", "达州市自然资源和规划局"));
        page = page(get("/office/requests/{id}", id));
        assertThat(page.select(".awaited").text()).contains("达州市自然资源和规划局", "2025年10月20日");
        follow(step(id, "end-consultation").param("on", "2025-10-24"));
        assertThat(stored(id, "due_on")).isEqualTo("2025-11-20"); // 4 working days later

        // the extension names its approver, who must be one who may approve
        Document wrong = page(step(id, "extend")
                .param("on", "2025-10-27")
                .param("workingDays", "10")
                .param("approver", Long.toString(colleague.id()))
                .param("note", ""));
        assertThat(wrong.select("#extend-approver-error").text()).contains("不能批准延期");
        assertThat(wrong.select("#extend-note-error").text()).isEqualTo("请填写此项。");
        assertThat(wrong.select("#extend-workingDays").val()).isEqualTo("10");
        follow(step(id, "extend")
                .param("on", "2025-10-27")
                .param("workingDays", "10")
                .param("approver", Long.toString(leader.id()))
                .param("note", "需调取档案"));
        assertThat(stored(id, "due_on")).isEqualTo("2025-12-04");

        // the answer's outcome must be a row of its year's edition, its ground an article that fits it
        wrong = page(step(id, "answer")
                .param("on", "2025-11-28")
                .param("outcome", "other")
                .param("legalGround", "A16_1")
                .param("note", "部分信息属于内部事务"));
        assertThat(wrong.select("#answer-outcome-error").text()).contains("2025年的办理结果");
        assertThat(wrong.select("#answer-note").text()).isEqualTo("部分信息属于内部事务");
        wrong = page(step(id, "answer")
                .param("on", "2025-11-28")
                .param("outcome", "withheld.stateSecret")
                .param("legalGround", "A16_1"));
        assertThat(wrong.select("#answer-legalGround-error").text()).contains("不对应");
        assertThat(wrong.select("#answer-outcome option[selected]").val()).isEqualTo("withheld.stateSecret");
        follow(step(id, "answer")
                .param("on", "2025-11-28")
                .param("outcome", "withheld.internalAffairs")
                .param("legalGround", "A16_1"));

        assertThat(letterText(id, "ANSWER"))
                .contains("政府信息不予公开告知书", stored(id, "tracking_number"), "张三", "第十六条第一款", "行政复议");
        assertThat(stored(id, "outcome")).isEqualTo("withheld.internalAffairs");
        assertThat(stored(id, "legal_ground")).isEqualTo("A16_1");
        assertThat(stored(id, "concluded_on")).isEqualTo("2025-11-28");
        page = page(get("/office/requests/{id}", id));
        assertThat(forms(page)).isEmpty();
        assertThat(page.select(".outcome").text()).contains("三（三）5.属于三类内部事务信息", "条例第十六条第一款");
        assertThat(page.select("table.timeline tbody th").eachText())
                .containsExactly("登记申请", "要求补正", "登记补正", "征求意见", "结束征求意见", "延长答复期限", "答复");
        assertThat(page.select("table.timeline").text())
                .contains("期限至 2025年10月20日", "请写明所需信息的文件名称或文号", "4 个工作日", "10 个工作日", "需调取档案");
        assertThat(page.select("table.timeline tbody tr").get(5).text()).contains("批准人：", leader.displayName());
        // each step's letter on the page: kind, 文号, its files
        assertThat(page.select("table.timeline td.letter .letter-kind").eachText())
                .containsExactly("受理回执", "补正告知书", "征求意见函（其他机关）", "延期答复告知书", "答复书：不予公开");
        assertThat(page.select("table.timeline td.letter .letter-number").eachText())
                .containsExactlyElementsOf(letterNumbers(id));
        assertThat(page.select("table.timeline td.letter a").eachAttr("href"))
                .contains(
                        "/office/letters/" + letterId(id, "ANSWER") + "/pdf",
                        "/office/letters/" + letterId(id, "ANSWER") + "/docx");
        assertThat(jdbc.sql("SELECT action FROM action_record WHERE subject_type = 'disclosureRequest'"
                                + " AND subject_id = :id ORDER BY id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "RequestRegistered",
                        "ClarificationRequested",
                        "CorrectedRequestReceived",
                        "ConsultationStarted",
                        "ConsultationEnded",
                        "DeadlineExtended",
                        "RequestAnswered");
        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE action = 'RequestAnswered' AND subject_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .contains("2025年11月28日", "三（三）5.属于三类内部事务信息");

        // a step the state no longer allows is refused in Chinese, nothing changes
        Document refused = page(step(id, "extend")
                .param("on", "2025-11-28")
                .param("workingDays", "5")
                .param("approver", Long.toString(leader.id()))
                .param("note", "再延"));
        assertThat(refused.select("#step-extend").isEmpty()).isTrue();
        assertThat(refused.select(".refusal").text()).isEqualTo("申请当前为“已答复”，不能延长答复期限。");
        assertThat(stored(id, "due_on")).isEqualTo("2025-12-04");
    }

    @Test
    void aRefusedStepIsToldAtItsFormInChinese() throws Exception {
        long id = register("2025-09-26");
        // too late: the reply was due on 30 October; the form says why and keeps what was typed
        Document late = page(step(id, "extend")
                .param("on", "2025-10-31")
                .param("workingDays", "5")
                .param("approver", Long.toString(leader.id()))
                .param("note", "需协调"));
        assertThat(late.select("#step-extend .error").text()).isEqualTo("答复期限（2025年10月30日）已过，不能再延长。");
        assertThat(late.select("#extend-note").text()).isEqualTo("需协调");
        assertThat(late.select("#extend-on").val()).isEqualTo("2025-10-31");
        follow(step(id, "extend")
                .param("on", "2025-10-10")
                .param("workingDays", "5")
                .param("approver", Long.toString(leader.id()))
                .param("note", "需协调"));
        // the page no longer offers a second extension; posting one anyway is refused with the law's reason
        Document page = page(get("/office/requests/{id}", id));
        assertThat(forms(page)).doesNotContain("extend");
        MockHttpServletResponse second = mvc.perform(step(id, "extend")
                        .with(user(officer))
                        .param("on", "2025-10-13")
                        .param("workingDays", "3")
                        .param("approver", Long.toString(leader.id()))
                        .param("note", "再延"))
                .andReturn()
                .getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        Document refused = Jsoup.parse(second.getContentAsString());
        assertThat(refused.select(".refusal").text()).contains("答复期限已延长过一次");

        Document wrongState = page(step(id, "receive-clarification").param("on", "2025-10-13"));
        assertThat(wrongState.select(".refusal").text()).isEqualTo("申请当前为“办理中”，不能登记补正。");
    }

    @Test
    void anotherAgencySeesNothingAndChangesNothing() throws Exception {
        long id = register("2025-09-26");
        MockHttpServletResponse response = mvc.perform(post("/office/requests/{id}/steps/answer", id)
                        .with(csrf())
                        .with(user(officerOfB))
                        .param("on", "2025-10-10")
                        .param("outcome", "granted")
                        .param("legalGround", "A36_2"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(stored(id, "state")).isEqualTo("IN_PROCESS");
        assertThat(mvc.perform(post("/office/requests/{id}/steps/no-such-step", id)
                                .with(csrf())
                                .with(user(officer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theListsShowWhatWaitsOnWhomWithItsDay() throws Exception {
        long waiting = register("2025-09-26");
        follow(step(waiting, "request-clarification")
                .param("on", "2025-09-29")
                .param("until", "2025-10-20")
                .param("note", "请补充身份证明"));
        long consulting = register("2025-09-26");
        follow(step(consulting, "start-consultation")
                .param("on", "2025-09-29")
                .param("consultationKind", "THIRD_PARTY")
                .param("party", "某某建筑公司"));
        long answered = register("2025-09-26");
        follow(step(answered, "answer")
                .param("on", "2025-10-09")
                .param("outcome", "granted")
                .param("legalGround", "A36_2")
                .param("obtain", "请到本机关政务服务大厅领取"));

        String waitingTracking = stored(waiting, "tracking_number");
        String consultingTracking = stored(consulting, "tracking_number");
        String answeredTracking = stored(answered, "tracking_number");
        Document list = page(get("/office/requests?list=awaitingApplicant"));
        assertThat(list.text()).contains(waitingTracking, "2025年10月20日").doesNotContain(consultingTracking);
        list = page(get("/office/requests?list=consulting"));
        assertThat(list.text()).contains(consultingTracking).doesNotContain(waitingTracking, answeredTracking);
        list = page(get("/office/requests?list=concluded"));
        assertThat(list.text()).contains(answeredTracking, "2025年10月9日").doesNotContain(consultingTracking);
        list = page(get("/office/requests?list=overdue"));
        assertThat(list.text()).contains(consultingTracking).doesNotContain(answeredTracking, waitingTracking);
        list = page(get("/office/requests?list=dueSoon"));
        assertThat(list.text()).doesNotContain(consultingTracking, answeredTracking);
    }

    @Test
    void tableThreeCountsTheAgencysRequestsOfTheYearAndLinksEachCellToThem() throws Exception {
        long answered = register("2025-09-26");
        follow(step(answered, "answer")
                .param("on", "2025-10-09")
                .param("outcome", "notProcessed.duplicate")
                .param("legalGround", "A36_6"));
        long open = register("2025-09-26");
        String answeredTracking = stored(answered, "tracking_number");
        String openTracking = stored(open, "tracking_number");

        Document table = page(get("/office/requests/statistics?year=2025"));
        assertThat(table.select("p.notice").text()).isEqualTo("表三的勾稽关系全部成立。");
        assertThat(table.select("tr[data-row=newReceived] td").eachText())
                .containsExactly("2", "0", "0", "0", "0", "0", "2");
        assertThat(table.select("tr[data-row=notProcessed.duplicate] td").eachText())
                .containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(table.select("tr[data-row=carriedForward] td").first().text())
                .isEqualTo("1");
        assertThat(table.select("tr[data-row=other.noCorrectionInTime]"))
                .as("2021 edition")
                .hasSize(1);
        String link =
                table.select("tr[data-row=notProcessed.duplicate] td a").first().attr("href");
        Document cell = page(get(link));
        assertThat(cell.select(".cell-requests").text())
                .contains(answeredTracking)
                .doesNotContain(openTracking);

        Document old = page(get("/office/requests/statistics?year=2020"));
        assertThat(old.select("tr[data-row=other]")).as("2019 edition").hasSize(1);
        assertThat(old.select("tr[data-row=newReceived] td").last().text()).isEqualTo("0");
        Document other = Jsoup.parse(
                mvc.perform(get("/office/requests/statistics?year=2025").with(user(officerOfB)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(other.select("tr[data-row=newReceived] td").last().text()).isEqualTo("0");
    }

    @Test
    void theDailyJobRecordsLapsesAsThePlatformAndTellsTheOffice() throws Exception {
        long id = register("2025-09-26");
        follow(step(id, "request-clarification")
                .param("on", "2025-09-29")
                .param("until", "2025-10-20")
                .param("note", "请补充身份证明"));
        long unpaid = register("2025-09-26");
        follow(step(unpaid, "send-fee-notice")
                .param("on", "2025-10-09")
                .param("feeBasis", "BY_PAGES")
                .param("quantity", "2219")
                .param("paymentMethod", "通过非税收入缴款码缴纳"));
        assertThat(letterText(unpaid, "SEND_FEE_NOTICE")).contains("83460.00", "通过非税收入缴款码缴纳");
        assertThat(stored(unpaid, "fee_amount")).isEqualTo("83460");
        assertThat(stored(unpaid, "payment_due_on")).isEqualTo("2025-11-05");

        assertThat(recordLapses.run()).isGreaterThanOrEqualTo(2);

        assertThat(stored(id, "state")).isEqualTo("ABANDONED_NO_CLARIFICATION");
        assertThat(stored(id, "outcome")).isEqualTo("other.noCorrectionInTime");
        assertThat(stored(unpaid, "state")).isEqualTo("ABANDONED_NO_PAYMENT");
        assertThat(stored(unpaid, "outcome")).isEqualTo("other.feeNotPaid");
        Document page = page(get("/office/requests/{id}", id));
        assertThat(page.select("table.timeline tbody tr").last().text()).contains("按视为放弃（未补正）办结", "系统");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE action = 'ClarificationLapsed'"
                                + " AND subject_id = :id AND actor_id IS NULL")
                        .param("id", Long.toString(id))
                        .query(Integer.class)
                        .single())
                .as("recorded as the platform's")
                .isEqualTo(1);
        assertThat(page(get("/office")).select(".office-notices").text()).contains("2 件申请因逾期未补正或未缴费视为放弃申请");
        assertThat(recordLapses.run()).as("nothing left to lapse of these").isZero();
    }

    @Test
    void aHolidayNoticeLoadedLaterRecomputesTheDueDaysItReaches() throws Exception {
        // a request whose clock runs wholly in 2031, a year without a notice: its due day is 暂定
        DisclosureRequest request = requests.save(new DisclosureRequest(
                agency.id(),
                "STEPS-2031-" + TestOrganisation.unique(),
                "{noop}x",
                Channel.IN_PERSON,
                new Applicant(ApplicantKind.NATURAL_PERSON, "二〇三一", IdentityKind.OTHER, "****", "h", "x"),
                "二〇三一年的申请",
                null,
                LocalDate.of(2031, 3, 3),
                null,
                java.time.OffsetDateTime.now(),
                calendar));
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2031, 3, 31));
        // a second one waits for a fee notified on 3 March: payment due 31 March, 暂定 too
        DisclosureRequest paying = new DisclosureRequest(
                agency.id(),
                "STEPS-2031P-" + TestOrganisation.unique(),
                "{noop}x",
                Channel.IN_PERSON,
                new Applicant(ApplicantKind.NATURAL_PERSON, "二〇三一乙", IdentityKind.OTHER, "****", "h2", "x"),
                "二〇三一年的另一申请",
                null,
                LocalDate.of(2031, 2, 24),
                null,
                java.time.OffsetDateTime.now(),
                calendar);
        paying.feeNoticeSent(LocalDate.of(2031, 3, 3), 200, calendar);
        paying = requests.save(paying);
        assertThat(paying.paymentDueOn()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(request.dueProvisional()).isTrue();
        Document page = page(get("/office/requests/{id}", request.id()));
        assertThat(page.select(".due").text()).contains("2031年3月31日", "暂定");

        GongkaiUser admin = org.person(org.agency("平台"), "steps-platform", Role.PLATFORM_ADMIN)
                .principal();
        mvc.perform(post("/office/platform/calendar/notices")
                .with(user(admin))
                .with(csrf())
                .param("year", "2031")
                .param("region", "CN")
                .param("source", "虚构的2031年节假日安排（测试）")
                .param(
                        "text",
                        String.join("\n", List.of("2031-01-01 off 元旦", "2031-03-10 off 测试", "2031-03-11 off 测试"))));

        assertThat(stored(request.id(), "due_on")).isEqualTo("2031-04-02");
        assertThat(stored(paying.id(), "payment_due_on")).isEqualTo("2031-04-02");
        assertThat(stored(request.id(), "due_provisional")).isIn("false", "FALSE");
        page = page(get("/office/requests/{id}", request.id()));
        assertThat(page.select(".due").text()).contains("2031年4月2日").doesNotContain("暂定");
    }

    @Test
    void aStepWhoseLetterLacksAValueIsRefusedAtTheFieldAndLeavesNothing() throws Exception {
        long id = register("2025-09-26");
        int issued = issuedLetters();
        // 予以公开 needs 获取方式 for its reply letter: told at that field, what was typed kept
        Document refused = page(step(id, "answer")
                .param("on", "2025-10-09")
                .param("outcome", "granted")
                .param("legalGround", "A36_2")
                .param("note", "内部备注"));
        assertThat(refused.select("#answer-obtain-error").text()).isEqualTo("出具文书需要此项（模板中的“获取方式”）。");
        assertThat(refused.select("#answer-note").text()).isEqualTo("内部备注");
        // 部分公开 needs the ground of what is withheld
        refused = page(step(id, "answer")
                .param("on", "2025-10-09")
                .param("outcome", "partiallyGranted")
                .param("legalGround", "A37")
                .param("obtain", "邮寄"));
        assertThat(refused.select("#answer-withholding-error").text()).contains("模板中的“理由”");
        // a fee notice needs how to pay
        refused = page(step(id, "send-fee-notice")
                .param("on", "2025-10-09")
                .param("feeBasis", "BY_PAGES")
                .param("quantity", "2219"));
        assertThat(refused.select("#send-fee-notice-paymentMethod-error").text())
                .contains("缴费方式");

        assertThat(stored(id, "state")).isEqualTo("IN_PROCESS");
        assertThat(stored(id, "fee_amount")).isNull();
        assertThat(jdbc.sql("SELECT kind FROM request_step WHERE request_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("REGISTER");
        assertThat(issuedLetters()).as("no 文号 used").isEqualTo(issued);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM action_record WHERE subject_id = :id AND action <> 'RequestRegistered'"
                                        + " AND subject_type = 'disclosureRequest'")
                        .param("id", Long.toString(id))
                        .query(Integer.class)
                        .single())
                .isZero();

        // with the value given, the same answer goes through and uses the next number
        follow(step(id, "answer")
                .param("on", "2025-10-09")
                .param("outcome", "partiallyGranted")
                .param("legalGround", "A37")
                .param("withholding", "THIRD_PARTY_RIGHTS")
                .param("obtain", "邮寄至申请人地址"));
        assertThat(issuedLetters()).isEqualTo(issued + 1);
        assertThat(letterText(id, "ANSWER")).contains("政府信息部分公开告知书", "第十五条", "邮寄至申请人地址");
    }

    @Test
    void theApplicantReadsTheLettersOfTheirRequestWithNumberAndCodeOnly() throws Exception {
        String[] registered = registerWithCode();
        long id = jdbc.sql("SELECT id FROM disclosure_request WHERE tracking_number = :t")
                .param("t", registered[0])
                .query(Long.class)
                .single();
        follow(step(id, "request-clarification")
                .param("on", "2025-09-29")
                .param("until", "2025-10-20")
                .param("note", "请写明所需信息的文件名称或文号"));
        follow(step(id, "receive-clarification").param("on", "2025-10-13").param("note", "内部：电话核实过"));
        follow(step(id, "start-consultation")
                .param("on", "2025-10-14")
                .param("consultationKind", "THIRD_PARTY")
                .param("party", "某某建筑公司"));
        String[] other = registerWithCode();
        assertThat(registered[2])
                .as("the receipt on the registered page")
                .isEqualTo(letterNumbers(id).get(0));

        Document tracked = Jsoup.parse(mvc.perform(post("/track")
                        .with(csrf())
                        .param("trackingNumber", registered[0])
                        .param("accessCode", registered[1]))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(tracked.select("table.letters tbody th").eachText()).containsExactly("登记申请", "要求补正");
        assertThat(tracked.select("table.letters .letter-number").eachText())
                .containsExactly(letterNumbers(id).get(0), letterNumbers(id).get(1));
        String staffName = jdbc.sql("SELECT actor_name FROM request_step WHERE request_id = :id AND kind = 'REGISTER'")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(staffName).isNotBlank();
        assertThat(tracked.text())
                .as("no internal note, staff name, third party or consultation letter")
                .doesNotContain("内部：电话核实过", staffName, "某某建筑公司", "征求意见书", "张三");
        assertThat(tracked.select("table.letters form").first().attr("action")).isEqualTo("/track/letter");
        assertThat(tracked.select("table.letters form").first().attr("action"))
                .doesNotContain(registered[0], registered[1]);

        long receipt = letterId(id, "REGISTER");
        MockHttpServletResponse pdf = download(registered[0], registered[1], receipt);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(pdf.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(pdfText(pdf.getContentAsByteArray())).contains("政府信息公开申请受理回执", registered[0], "张三");

        // a wrong code: the look-up's answer, no letter
        MockHttpServletResponse wrong = download(registered[0], "WRONGCODE", receipt);
        assertThat(wrong.getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(wrong.getContentAsString()).text()).contains("受理编号或查询码不正确");
        // the consultation letter (to the third party), and another request's letter: not found
        assertThat(download(registered[0], registered[1], letterId(id, "START_CONSULTATION"))
                        .getStatus())
                .isEqualTo(404);
        long othersReceipt = letterId(
                jdbc.sql("SELECT id FROM disclosure_request WHERE tracking_number = :t")
                        .param("t", other[0])
                        .query(Long.class)
                        .single(),
                "REGISTER");
        assertThat(download(registered[0], registered[1], othersReceipt).getStatus())
                .isEqualTo(404);
        assertThat(download(other[0], other[1], othersReceipt).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse download(String trackingNumber, String accessCode, long letter) throws Exception {
        return mvc.perform(post("/track/letter")
                        .with(csrf())
                        .param("trackingNumber", trackingNumber)
                        .param("accessCode", accessCode)
                        .param("letter", Long.toString(letter)))
                .andReturn()
                .getResponse();
    }

    /** Registers a request at the office: its tracking number and access code, as the page gives them. */
    private String[] registerWithCode() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/office/requests")
                        .with(csrf())
                        .with(user(officer))
                        .param("channel", "MAIL_SIGNED")
                        .param("receivedOn", "2025-09-26")
                        .param("applicantKind", "NATURAL_PERSON")
                        .param("applicantName", "张三")
                        .param("identityKind", "OTHER")
                        .param("identityNumber", "P" + TestOrganisation.unique())
                        .param("contact", "13800000000")
                        .param("description", "某项目的批复文件"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        return new String[] {
            page.select(".tracking-number").text(),
            page.select(".access-code").text(),
            page.select(".receipt .letter-number").text()
        };
    }

    private int issuedLetters() {
        return jdbc.sql("SELECT COUNT(*) FROM issued_letter WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Integer.class)
                .single();
    }

    /** The id of the letter the (last) step of {@code kind} issued. */
    private long letterId(long request, String kind) {
        return jdbc.sql("SELECT MAX(letter_id) FROM request_step WHERE request_id = :id AND kind = :kind")
                .param("id", request)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private List<String> letterNumbers(long request) {
        return jdbc.sql("SELECT letter_number FROM request_step WHERE request_id = :id AND letter_id IS NOT NULL"
                        + " ORDER BY id")
                .param("id", request)
                .query(String.class)
                .list();
    }

    /** The text of the PDF the (last) step of {@code kind} issued, as stored. */
    private String letterText(long request, String kind) throws Exception {
        long letter = letterId(request, kind);
        byte[] pdf = jdbc.sql("SELECT pdf FROM issued_letter WHERE id = :id")
                .param("id", letter)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        return pdfText(pdf);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private long register(String receivedOn) throws Exception {
        mvc.perform(post("/office/requests")
                .with(csrf())
                .with(user(officer))
                .param("channel", "MAIL_SIGNED")
                .param("receivedOn", receivedOn)
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "张三")
                .param("identityKind", "OTHER")
                .param("identityNumber", "P" + TestOrganisation.unique())
                .param("contact", "13800000000")
                .param("description", "某项目的批复文件"));
        return jdbc.sql("SELECT MAX(id) FROM disclosure_request WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder step(long id, String step) {
        return post("/office/requests/{id}/steps/{step}", id, step).with(csrf());
    }

    /** Posts a step that must succeed: back to the request's page. */
    private void follow(MockHttpServletRequestBuilder step) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(step.with(user(officer))).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(Jsoup.parse(response.getContentAsString())
                        .select(".error, .field-error")
                        .text())
                .isEqualTo(302);
    }

    private String stored(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM disclosure_request WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .map(Object::toString)
                .orElse(null);
    }

    private static List<String> forms(Document page) {
        return page.select("section.step").eachAttr("id").stream()
                .map(s -> s.substring("step-".length()))
                .toList();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
