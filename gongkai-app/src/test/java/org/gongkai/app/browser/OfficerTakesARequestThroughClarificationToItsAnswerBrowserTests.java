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

/**
 * The disclosure office registers a letter's application, asks the applicant to correct it, records the
 * corrected request the same day and answers it with its table-3 outcome and legal ground; the timeline shows
 * every step, and a missing outcome is told at its field first.
 */
@BrowserTest
class OfficerTakesARequestThroughClarificationToItsAnswerBrowserTests {
    static final String PASSWORD = "Gongkai-Steps-2026";

    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void anOfficerRegistersClarifiesAndAnswersARequest() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("达州市办理测试局");
        String officer = TestOrganisation.username("zhou.ban");
        org.settledPerson(agency, officer, "周公开", PASSWORD, Role.DISCLOSURE_OFFICER);
        LocalDate today = LocalDate.now();

        journey.signIn(officer, PASSWORD)
                .follow(message("nav.requests"))
                .follow(message("request.new"))
                .choose(message("request.channel"), message("channel.MAIL_SIGNED"))
                .fillIn(message("request.applicantName"), "刘申请")
                .choose(message("request.identityKind"), message("identityKind.OTHER"))
                .fillIn(message("request.identityNumber"), "E" + TestOrganisation.unique())
                .fillIn(message("request.contact"), "13900000000")
                .fillIn(message("request.description"), "某路段改造工程的立项批复")
                .press(message("request.register.submit"));
        String tracking = journey.textOf(".tracking-number");
        journey.follow(message("request.backToList")).follow(tracking);

        // 补正: what to correct and by when, once
        journey.everyFieldIsLabelled()
                .fillIn(message("request.form.until"), today.plusDays(14).toString())
                .fillIn(message("request.form.note.REQUEST_CLARIFICATION"), "请写明工程名称或文号")
                .press(message("request.form.submit.REQUEST_CLARIFICATION"))
                .seeText(
                        message("request.done", message("request.step.REQUEST_CLARIFICATION")),
                        message("requestState.AWAITING_CLARIFICATION"),
                        "请写明工程名称或文号");
        assertThat(journey.textOf(".awaited")).contains(chinese(today.plusDays(14)));

        // the corrected request arrives today: the clock starts again
        journey.press(message("request.form.submit.RECEIVE_CLARIFICATION"))
                .seeText(message("request.done", message("request.step.RECEIVE_CLARIFICATION")));

        // the answer: without an outcome it is refused at the field, then given with its ground
        journey.fillIn(message("request.form.note.ANSWER"), "已提供批复文件")
                .press(message("request.form.submit.ANSWER"))
                .seeMessageAtField(message("request.form.outcome"), message("request.form.outcome.required"));
        assertThat(journey.textOf("#answer-note")).isEqualTo("已提供批复文件");
        journey.choose(message("request.form.outcome"), "三（一）予以公开")
                .choose(message("request.form.legalGround"), message("legalGround.A36_2"))
                .press(message("request.form.submit.ANSWER"))
                // the reply letter needs how to obtain the information: told at that field, nothing recorded
                .seeMessageAtField(message("request.form.obtain"), message("request.letter.missing", "获取方式"))
                .fillIn(message("request.form.obtain"), "请于收到本答复书之日起10个工作日内到本机关政务服务大厅领取")
                .press(message("request.form.submit.ANSWER"))
                .seeText(
                        message("request.done", message("request.step.ANSWER")),
                        message("requestState.ANSWERED"),
                        "三（一）予以公开");
        assertThat(journey.textOf("table.timeline"))
                .contains(
                        message("request.step.REGISTER"),
                        message("request.step.REQUEST_CLARIFICATION"),
                        message("request.step.RECEIVE_CLARIFICATION"),
                        message("request.step.ANSWER"),
                        "周公开",
                        message("letterKind.RECEIPT"),
                        message("letterKind.CLARIFICATION_NOTICE"),
                        message("letterKind.GRANTED"));
        journey.follow(message("request.backToList"))
                .follow(message("request.view.CONCLUDED"))
                .seeText(tracking);
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
