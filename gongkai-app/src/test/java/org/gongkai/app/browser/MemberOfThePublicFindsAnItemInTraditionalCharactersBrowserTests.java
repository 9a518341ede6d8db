package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gongkai.app.catalog.PortalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * A member of the public, not signed in, goes from the platform's front page to the search across
 * agencies, types the words in Traditional characters, narrows the search to one agency, finds the item
 * and opens it: its metadata table and its text, no draft anywhere, and no JavaScript needed.
 */
@BrowserTest
class MemberOfThePublicFindsAnItemInTraditionalCharactersBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void searchesInTraditionalCharactersAndOpensTheItem() {
        PortalFixture commerce = new PortalFixture(context, "达州市经济和信息化局");
        String title = "关于优化营商环境推进政务公开的通知";
        commerce.publish("政策文件", title, "<p>为持续优化营商环境，现就政务公开有关事项通知如下。</p>");
        commerce.draft("政策文件", "关于优化营商环境的草稿", "<p>优化营商环境（草稿）</p>");
        PortalFixture other = new PortalFixture(context, "达州市发展和改革委员会");
        other.publish("工作动态", "市发改委召开优化营商环境座谈会", "<p>座谈会讨论优化营商环境。</p>");

        journey.open("/")
                .follow(message("search.title"))
                .everyFieldIsLabelled()
                .fillIn(message("portal.search.label"), "優化營商環境")
                .choose(message("search.agency"), commerce.agency.name())
                .press(message("portal.search.submit"))
                .seeText("共找到1条公开信息")
                .doNotSeeText("关于优化营商环境的草稿")
                .doNotSeeText("市发改委召开优化营商环境座谈会")
                .follow(title)
                .seeText(title, message("item.indexNumber"), message("item.publisher"), "为持续优化营商环境");
        assertThat(journey.currentPath()).startsWith("/agencies/" + commerce.id() + "/items/");
        assertThat(journey.title()).contains(title);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
