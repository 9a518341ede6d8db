package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.catalog.PortalFixture;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * WCAG 2.1 A and AA, as far as a machine can tell: axe-core runs in the browser on every public page and on
 * every page the office navigation offers each role (one person per role, the supervising roles in a
 * supervising office, as in the demo), and on a form sent back with its errors. Any violation fails the test
 * with its rule, element and help text. New modules are covered as soon as their navigation entry exists.
 */
@BrowserTest
class EveryPageIsAccessibleBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Test
    void theCheckFindsWhatIsWrong() {
        journey.open("/").runScript("""
                const img = document.createElement('img'); img.src = '/favicon.ico';
                const input = document.createElement('input'); input.type = 'text';
                document.querySelector('main').append(img, input);
                """);
        assertThat(journey.accessibilityViolations())
                .as("an image without alt text and a field without a label are found")
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"))
                .anySatisfy(v -> assertThat(v).startsWith("label"));
    }

    @Test
    void thePublicPagesAndTheirFormsWithErrors() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("无障碍测试局");
        List<String> violations = new ArrayList<>();
        PortalFixture portal = new PortalFixture(context, "无障碍更正测试局");
        long corrected = portal.corrected("政策文件", "更正过的信息", "<p>第一版正文。</p>", "<p>第二版正文。</p>");
        for (String path : List.of(
                "/agencies/" + portal.id() + "/items/" + corrected,
                "/agencies/" + portal.id() + "/items/" + corrected + "/versions/1",
                "/",
                "/login",
                "/agencies/" + agency.id(),
                "/agencies/" + agency.id() + "/search?q=" + "公开",
                "/agencies/" + agency.id() + "/apply",
                "/agencies/" + agency.id() + "/register",
                "/agencies/" + agency.id() + "/register?year=abc",
                "/track")) {
            violations.addAll(check(path));
        }
        journey.open("/agencies/" + agency.id() + "/apply").press("提交申请");
        violations.addAll(checkCurrent("the application form sent back with its errors"));

        assertThat(violations).as("axe-core's WCAG 2.1 A/AA findings").isEmpty();
    }

    @Test
    void everyOfficePageOfEveryRole() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef office = org.supervisingOffice("无障碍测试公开办");
        TestOrganisation.AgencyRef agency = org.agencyUnder("无障碍测试局" + TestOrganisation.unique(), office);
        org.department(agency, "办公室", true);
        Set<String> visited = new LinkedHashSet<>();
        List<String> violations = new ArrayList<>();
        for (Role role : Role.values()) {
            boolean supervising = role == Role.SUPERVISOR || role == Role.PLATFORM_ADMIN;
            String username = TestOrganisation.username("a11y-" + role.name().toLowerCase());
            org.settledPerson(supervising ? office : agency, username, "无障碍" + role.ordinal(), PASSWORD, role);
            journey.signIn(username, PASSWORD);
            List<String> links = journey.linkPaths("nav.office-nav a[href]");
            assertThat(links).as("%s: the office navigation", role).isNotEmpty();
            for (String link : links) {
                if (visited.add(role + " " + link)) {
                    violations.addAll(
                            check(link).stream().map(v -> role + " " + v).toList());
                }
            }
            journey.signOut();
        }
        assertThat(visited).hasSizeGreaterThan(Role.values().length);
        assertThat(violations).as("axe-core's WCAG 2.1 A/AA findings").isEmpty();
    }

    @Test
    void theItemFormWithItsRichTextEditor() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("无障碍编辑器测试局");
        String username = TestOrganisation.username("a11y-editor");
        org.settledPerson(agency, username, "无障碍编辑", PASSWORD, Role.SUBMITTER);
        journey.signIn(username, PASSWORD);
        List<String> violations = new ArrayList<>(check("/office/catalog/items/new"));
        assertThat(journey.countOf(".ql-toolbar button[aria-label]"))
                .as("the editor replaced the textarea, so axe saw it")
                .isPositive();
        journey.press("保存草稿");
        violations.addAll(checkCurrent("the item form sent back with its errors, editor included"));

        assertThat(violations).as("axe-core's WCAG 2.1 A/AA findings").isEmpty();
    }

    private static final String PASSWORD = "Gongkai-A11y-2026";

    private List<String> check(String path) {
        journey.open(path);
        return checkCurrent(path);
    }

    private List<String> checkCurrent(String where) {
        return journey.accessibilityViolations().stream()
                .map(v -> where + ": " + v)
                .toList();
    }
}
