package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * A submitter writes an item's body in the rich-text editor (js/rich-text.js over the vendored Quill): a
 * heading, bold words and a list from the toolbar and the keyboard, and a paste from elsewhere that carries
 * an image with an {@code onerror} handler and a script. The saved item shows the formatting, and neither the
 * image nor the script survives (the editor keeps only the formats catalog.Bodies keeps, and the server
 * sanitises whatever arrives). TAB leaves the editor, and the form with its editor has no accessibility
 * violation.
 */
@BrowserTest
class SubmitterWritesAFormattedBodyBrowserTests {
    static final String PASSWORD = "Gongkai-Editor-2026";

    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void theItemPageShowsTheFormattingAndNothingPastedThatCouldRun() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("遂宁市文化旅游局");
        String submitter = TestOrganisation.username("xie.gao");
        org.settledPerson(agency, submitter, "谢供稿", PASSWORD, Role.SUBMITTER);
        String title = "关于印发旅游市场专项整治方案的通知";
        String body = message("item.body");

        journey.signIn(submitter, PASSWORD)
                .follow(message("nav.catalog.items"))
                .follow(message("item.new"))
                .everyFieldIsLabelled()
                .choose(message("item.column"), "政府信息公开制度")
                .fillIn(message("item.title"), title)
                .fillIn(message("item.publisher"), "遂宁市文化广播电视和旅游局")
                .fillIn(message("item.formedOn"), LocalDate.now().minusDays(1).toString())
                .typeInEditor(body, "")
                .pasteInEditor(
                        body,
                        "粘贴的段落<img src=\"x\" onerror=\"document.title='pwned'\">"
                                + "<script>document.title='pwned'</script>")
                .typeInEditor(body, Keys.ENTER)
                .pressTool(message("editor.heading2"))
                .typeInEditor(body, "专项整治方案", Keys.ENTER)
                .typeInEditor(
                        body,
                        "为规范",
                        Keys.chord(Keys.CONTROL, "b"),
                        "旅游市场",
                        Keys.chord(Keys.CONTROL, "b"),
                        "秩序。",
                        Keys.ENTER)
                .pressTool(message("editor.bullet"))
                .typeInEditor(body, "第一项", Keys.ENTER, "第二项");
        assertThat(journey.focused()).as("typing in the editor").contains("ql-editor");
        assertThat(journey.tab().focused())
                .as("TAB leaves the editor, even in a list (no keyboard trap)")
                .doesNotContain("ql-editor");
        assertThat(journey.accessibilityViolations())
                .as("axe-core on the item form with its editor")
                .isEmpty();

        journey.press(message("item.saveDraft")).seeText(message("item.saved"), title);

        assertThat(journey.textOf(".item-body h2")).isEqualTo("专项整治方案");
        assertThat(journey.textOf(".item-body strong")).isEqualTo("旅游市场");
        assertThat(journey.countOf(".item-body ul > li")).isEqualTo(2);
        assertThat(journey.textOf(".item-body")).contains("粘贴的段落", "为规范旅游市场秩序。", "第二项");
        assertThat(journey.countOf(".item-body img, .item-body script")).isZero();
        assertThat(journey.textOf(".item-body"))
                .as("the pasted script, not even as text")
                .doesNotContain("pwned");
        assertThat(journey.title()).doesNotContain("pwned");

        // editing again: the editor opens with the saved formatting, which comes back unchanged
        journey.follow(message("common.edit")).press(message("item.saveDraft")).seeText(message("item.saved"));
        assertThat(journey.textOf(".item-body h2")).isEqualTo("专项整治方案");
        assertThat(journey.countOf(".item-body ul > li")).isEqualTo(2);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
