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
 * A submitter writes an item and submits it; the disclosure office, the confidentiality reviewer and
 * the leader each find it on their office home and pass it; it is published with its 索引号, and an
 * anonymous visitor finds it on the agency's portal by a word typed in Traditional characters.
 */
@BrowserTest
class SubmitterPublishesAnItemThroughTheReviewsBrowserTests {
    static final String PASSWORD = "Gongkai-Catalog-2026";

    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void anItemGoesFromTheSubmitterThroughThreeReviewsToThePublic() {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("达州市文化旅游局");
        String submitter = person(org, agency, "gao.gong", "高供稿", Role.SUBMITTER);
        String office = person(org, agency, "wang.ban", "王公开", Role.DISCLOSURE_OFFICER);
        String secrets = person(org, agency, "bao.mi", "鲍保密", Role.CONFIDENTIALITY_REVIEWER);
        String leader = person(org, agency, "li.ling", "李领导", Role.APPROVING_LEADER);
        String title = "关于开展2026年旅游市场秩序专项整治的通知";

        // the submitter writes the item; a wrong date is refused at its field, the rest kept
        journey.signIn(submitter, PASSWORD)
                .follow(message("nav.catalog.items"))
                .follow(message("item.new"))
                .everyFieldIsLabelled()
                .choose(message("item.column"), "政府信息公开制度")
                .fillIn(message("item.title"), title)
                .fillIn(message("item.publisher"), "达州市文化广播电视和旅游局")
                .fillIn(message("item.formedOn"), "2026年12月1日")
                .fillIn(message("item.documentNumber"), "达市文旅发〔2026〕7号")
                .typeInEditor(message("item.body"), "为规范旅游市场秩序，决定开展专项整治。")
                .press(message("item.saveDraft"));
        journey.seeMessageAtField(message("item.formedOn"), message("item.date.invalid", "2026年12月1日"));
        journey.fillIn(message("item.formedOn"), LocalDate.now().minusDays(1).toString())
                .press(message("item.saveDraft"))
                .seeText(message("item.saved"), title)
                .press(message("item.submit"))
                .seeText(message("item.submitted", message("reviewStep.OFFICE_REVIEW")))
                .signOut();

        // each reviewer finds it waiting on their office home and passes it
        String[][] steps = {
            {office, message("item.passed", message("reviewStep.CONFIDENTIALITY_REVIEW"))},
            {secrets, message("item.passed", message("reviewStep.LEADER_APPROVAL"))},
            {leader, message("item.publishedNow", "{0}").replace("{0}。", "")}
        };
        for (String[] step : steps) {
            journey.signIn(step[0], PASSWORD)
                    .seeText(message("catalog.notice.waiting", "1"))
                    .follow(message("catalog.notice.open"))
                    .follow(title)
                    .press(message("item.pass"))
                    .seeText(step[1])
                    .signOut();
        }

        // anyone finds it on the portal by a word in Traditional characters
        journey.open("/agencies/" + agency.id() + "/search?q=" + "旅遊市場")
                .seeText(message("portal.search.total", "旅遊市場", 1))
                .follow(title)
                .seeText(title, message("item.indexNumber"), "达市文旅发〔2026〕7号", "为规范旅游市场秩序");
        assertThat(journey.currentPath()).startsWith("/agencies/" + agency.id() + "/items/");
        assertThat(journey.mainText()).contains("/" + LocalDate.now().getYear() + "-00001");
    }

    private static String person(
            TestOrganisation org, TestOrganisation.AgencyRef agency, String prefix, String name, Role role) {
        String username = TestOrganisation.username(prefix);
        org.settledPerson(agency, username, name, PASSWORD, role);
        return username;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
