package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person who uses no mouse: the skip link comes first, and the login form works with TAB and ENTER. */
@BrowserTest
class PersonSignsInByKeyboardBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Test
    void meetsTheSkipLinkFirst() {
        for (String page : new String[] {"/", "/login"}) {
            journey.open(page);
            assertThat(journey.firstFocusable())
                    .as("the first focusable element of %s", page)
                    .startsWith("a.skip-link")
                    .contains("跳到正文");
        }

        journey.open("/").tab();
        assertThat(journey.focused()).startsWith("a.skip-link");
        assertThat(journey.focusedIsOnScreen())
                .as("the focused skip link is shown")
                .isTrue();
    }

    @Test
    void skipsTheHeaderToTheLoginForm() {
        journey.open("/login");
        for (int i = 0; i < 5 && !journey.focused().startsWith("a.skip-link"); i++) {
            journey.shiftTab();
        }
        assertThat(journey.focused())
                .as("SHIFT+TAB back from 用户名 reaches the skip link")
                .startsWith("a.skip-link");

        journey.enter().tab();

        assertThat(journey.currentPath()).isEqualTo("/login");
        assertThat(journey.focused())
                .as("after the skip link, TAB goes to the first field of the page's main part, past the header links")
                .isEqualTo("input#username");
    }

    @Test
    void signsInWithTabAndEnterOnly() {
        TestOrganisation organisation = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = organisation.agency("键盘测试局");
        String username = TestOrganisation.username("keyboard");
        organisation.settledPerson(agency, username, "赵六", "Gongkai-Keys-2026", Role.DISCLOSURE_OFFICER);

        journey.open("/login");
        assertThat(journey.focused())
                .as("the login page puts the cursor in 用户名")
                .isEqualTo("input#username");
        journey.type(username).tab();
        assertThat(journey.focused()).isEqualTo("input#password");
        journey.type("Gongkai-Keys-2026").tab();
        assertThat(journey.focused()).isEqualTo("button \"登录\"");
        journey.enter();

        assertThat(journey.currentPath()).isEqualTo("/office");
        journey.seeText("赵六");
    }
}
