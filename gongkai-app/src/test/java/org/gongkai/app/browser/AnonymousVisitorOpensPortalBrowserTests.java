package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/** A visitor who has not signed in: reads the portal in Chinese, is sent to sign in for the office. */
@BrowserTest
class AnonymousVisitorOpensPortalBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    String username;

    @BeforeEach
    void aPersonWithAnAccount() {
        TestOrganisation organisation = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = organisation.agency("访客测试局");
        username = TestOrganisation.username("visitor-known");
        organisation.settledPerson(agency, username, "王五", "Gongkai-Known-2026", Role.SUBMITTER);
    }

    @Test
    void readsThePortalInChinese() {
        journey.open("/");

        assertThat(journey.documentAttribute("lang")).isEqualTo("zh-CN");
        assertThat(journey.title()).contains("政府信息公开");
        journey.seeText(message("portal.title"), message("portal.intro"), message("app.footer"));
        assertThat(journey.drawsChineseGlyphs())
                .as("Chinese drawn with a CJK font, not empty boxes (install fonts-noto-cjk / fonts-wqy-microhei)")
                .isTrue();
    }

    @Test
    void isSentToTheLoginPageWhenOpeningTheOffice() {
        journey.open("/office");

        assertThat(journey.currentPath()).isEqualTo("/login");
        journey.seeText(message("login.title")).everyFieldIsLabelled();
    }

    @Test
    void isNotToldWhichHalfOfAWrongLoginWasWrong() {
        journey.signIn(username, "not-the-password");
        assertThat(journey.currentPath()).isEqualTo("/login");
        journey.seeText(message("login.failed"));
        String wrongPassword = journey.mainText();

        journey.signIn(TestOrganisation.username("nobody-"), "not-the-password");
        assertThat(journey.currentPath()).isEqualTo("/login");
        journey.seeText(message("login.failed"));
        String unknownUser = journey.mainText();

        assertThat(unknownUser)
                .as("an unknown user name reads exactly like a wrong password")
                .isEqualTo(wrongPassword);
        assertThat(wrongPassword).doesNotContain("不存在", "密码错误", "用户名错误");
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
