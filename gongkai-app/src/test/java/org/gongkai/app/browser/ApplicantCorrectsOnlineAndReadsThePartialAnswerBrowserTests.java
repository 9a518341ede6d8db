package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8's journey: an applicant applies online, the office asks for a clarification, the applicant answers
 * it with the access code on the tracking page, the office extends once (approved by the approving leader) and
 * replies 部分公开 with a generated letter, the applicant reads and downloads it; the request then counts in
 * table 3 under 部分公开.
 */
@BrowserTest
class ApplicantCorrectsOnlineAndReadsThePartialAnswerBrowserTests {
    static final String PASSWORD = "Gongkai-Correct-2026";
    static final String PARTIALLY_GRANTED = "三（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicantCorrectsOnlineAndDownloadsThePartialAnswer() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("达州市补正测试局" + TestOrganisation.unique());
        String officer = TestOrganisation.username("wu.ban");
        org.settledPerson(agency, officer, "吴公开", PASSWORD, Role.DISCLOSURE_OFFICER);
        String leader = TestOrganisation.username("zheng.ld");
        org.settledPerson(agency, leader, "郑领导", PASSWORD, Role.APPROVING_LEADER);

        // the applicant applies online
        journey.open("/agencies/" + agency.id())
                .follow(message("apply.portalLink"))
                .choose(message("request.applicantKind"), message("applicantKind.NATURAL_PERSON"))
                .fillIn(message("request.applicantName"), "钱七")
                .choose(message("request.identityKind"), message("identityKind.RESIDENT_ID"))
                .fillIn(message("request.identityNumber"), "11010519491231002X")
                .fillIn(message("apply.phone"), "13900000001")
                .fillIn(message("apply.informationName"), "某小区加装电梯的审批材料")
                .choose(message("apply.informationForm"), message("informationForm.ELECTRONIC"))
                .choose(message("apply.deliveryWay"), message("deliveryWay.COLLECT"))
                .press(message("apply.submit"))
                .seeText(message("apply.done.title"));
        String tracking = journey.textOf(".tracking-number");
        String code = journey.textOf(".access-code");

        // received a week ago (an online application made on a non-working day counts from the next working
        // day, and a step cannot be later than today): the office's clarification is dated that day
        LocalDate day = LocalDate.now().minusDays(7);
        jdbc.sql("UPDATE disclosure_request SET received_on = :d, clock_starts_on = :d WHERE tracking_number = :t")
                .param("d", day)
                .param("t", tracking)
                .update();

        // the office asks for a clarification
        journey.signIn(officer, PASSWORD)
                .follow(message("nav.requests"))
                .follow(tracking)
                .fillIn(message("request.form.on.REQUEST_CLARIFICATION"), day.toString())
                .fillIn(message("request.form.until"), day.plusDays(20).toString())
                .fillIn(message("request.form.note.REQUEST_CLARIFICATION"), "请写明小区名称和楼栋号")
                .press(message("request.form.submit.REQUEST_CLARIFICATION"))
                .seeText(message("requestState.AWAITING_CLARIFICATION"));
        journey.signOut();

        // the applicant answers it with the access code: an empty text is told at the field first
        journey.open("/track")
                .fillIn(message("request.trackingNumber"), tracking)
                .fillIn(message("request.accessCode"), code)
                .press(message("track.submit"))
                .seeText(message("requestState.AWAITING_CLARIFICATION"), message("track.correction.title"))
                .everyFieldIsLabelled()
                .runScript("document.getElementById('note').removeAttribute('required')")
                .press(message("track.correction.submit"))
                .seeMessageAtField(message("track.correction.note"), message("request.form.note.required"))
                .fillIn(message("track.correction.note"), "通川区某某小区3栋")
                .press(message("track.correction.submit"))
                .seeText(message("requestState.IN_PROCESS"));
        assertThat(journey.textOf(".corrected")).startsWith("已收到您的补正");
        journey.doNotSeeText(message("track.correction.title"));

        // the office extends once, approved by the leader, and replies 部分公开 with its letter
        LocalDate today = LocalDate.now();
        journey.signIn(officer, PASSWORD)
                .follow(message("nav.requests"))
                .follow(tracking)
                .seeText("通川区某某小区3栋")
                .fillIn(message("request.form.on.EXTEND"), today.toString())
                .fillIn(message("request.form.workingDays"), "20")
                .choose(message("request.form.approver"), "郑领导（" + leader + "）")
                .fillIn(message("request.form.note.EXTEND"), "需调取档案")
                .press(message("request.form.submit.EXTEND"))
                .seeText(message("request.done", message("request.step.EXTEND")))
                .fillIn(message("request.form.on.ANSWER"), today.toString())
                .choose(message("request.form.outcome"), PARTIALLY_GRANTED)
                .choose(message("request.form.legalGround"), message("legalGround.A37"))
                .choose(message("request.form.withholding"), "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害")
                .fillIn(message("request.form.obtain"), "请于收到本答复书之日起10个工作日内到本机关政务服务大厅领取")
                .press(message("request.form.submit.ANSWER"))
                .seeText(message("request.done", message("request.step.ANSWER")), message("requestState.ANSWERED"));
        journey.signOut();

        // the applicant reads the answer and downloads its letter
        journey.open("/track")
                .fillIn(message("request.trackingNumber"), tracking)
                .fillIn(message("request.accessCode"), code)
                .press(message("track.submit"))
                .seeText(
                        message("requestState.ANSWERED"),
                        message("track.next.ANSWERED"),
                        message("letterKind.CLARIFICATION_NOTICE"),
                        message("letterKind.PARTIALLY_GRANTED"));
        assertThat(journey.download(message("letterKind.PARTIALLY_GRANTED")))
                .satisfies(d -> assertThat(d.get(0)).isEqualTo("200"))
                .satisfies(d -> assertThat(d.get(1)).startsWith("application/pdf"))
                .satisfies(d -> assertThat(d.get(2)).startsWith("attachment"))
                .satisfies(d -> assertThat(d.get(3)).isEqualTo("%PDF-"));

        // table 3 of the agency counts it under 部分公开
        journey.signIn(officer, PASSWORD)
                .open("/office/requests/statistics?year=" + today.getYear())
                .seeText(PARTIALLY_GRANTED);
        assertThat(journey.textOf("tr[data-row='partiallyGranted'] a")).isEqualTo("1");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
