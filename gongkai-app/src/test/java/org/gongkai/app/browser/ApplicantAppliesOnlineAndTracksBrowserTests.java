package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * A member of the public finds 依申请公开 on an agency's portal, applies without an account (a mistyped
 * identity number is said at its field, the rest kept), gets a tracking number and an access code, and
 * later sees where the request stands with both. The disclosure officer finds it among the requests.
 */
@BrowserTest
class ApplicantAppliesOnlineAndTracksBrowserTests {
    static final String PASSWORD = "Gongkai-Apply-2026";

    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void appliesOnThePortalTracksTheRequestAndTheOfficeSeesIt() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("达州市住房和城乡建设局");
        String officer = TestOrganisation.username("zhou.ban");
        org.settledPerson(agency, officer, "周公开", PASSWORD, Role.DISCLOSURE_OFFICER);

        journey.open("/agencies/" + agency.id())
                .follow(message("apply.portalLink"))
                .everyFieldIsLabelled()
                .choose(message("request.applicantKind"), message("applicantKind.NATURAL_PERSON"))
                .fillIn(message("request.applicantName"), "赵六")
                .choose(message("request.identityKind"), message("identityKind.RESIDENT_ID"))
                .fillIn(message("request.identityNumber"), "110105194912310021")
                .seeText(message("identityNumber.CHECK_CHARACTER"))
                .fillIn(message("apply.phone"), "13900000000")
                .fillIn(message("apply.email"), "zhao.liu@example.cn")
                .fillIn(message("apply.informationName"), "2025年城镇老旧小区改造项目清单")
                .choose(message("apply.informationForm"), message("informationForm.ELECTRONIC"))
                .choose(message("apply.deliveryWay"), message("deliveryWay.EMAIL"))
                .press(message("apply.submit"));
        journey.seeMessageAtField(message("request.identityNumber"), message("identityNumber.CHECK_CHARACTER"));
        journey.fillIn(message("request.identityNumber"), "11010519491231002X")
                .press(message("apply.submit"))
                .seeText(message("apply.done.title"), message("apply.done.keepCode"));
        String tracking = journey.textOf(".tracking-number");
        String code = journey.textOf(".access-code");
        assertThat(tracking).matches("\\d{8}-\\d{6}");
        assertThat(code).matches("[2-9A-Z]{8}");

        journey.follow(message("apply.trackLink"))
                .fillIn(message("request.trackingNumber"), tracking)
                .fillIn(message("request.accessCode"), "WRONG234")
                .press(message("track.submit"))
                .seeText(message("track.wrong"))
                .fillIn(message("request.trackingNumber"), tracking)
                .fillIn(message("request.accessCode"), code)
                .press(message("track.submit"))
                .seeText(tracking, agency.name(), message("requestState.IN_PROCESS"), message("track.next.IN_PROCESS"))
                // the receipt (受理回执) issued on registration, to download as PDF
                .seeText(message("track.letters"), message("letterKind.RECEIPT"), message("track.letters.download"))
                .doNotSeeText("赵六");

        journey.signIn(officer, PASSWORD).open("/office/requests").seeText(tracking, "赵六");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
