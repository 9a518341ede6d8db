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
 * The disclosure office makes the agency's receipt its own: a misspelt placeholder is refused at the field with
 * what was typed kept, the corrected template is saved and listed as the agency's own, and the default comes back
 * when asked.
 */
@BrowserTest
class DisclosureOfficerEditsALetterTemplateBrowserTests {
    @RegisterExtension
    static final Journey journey = new Journey();

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void editsTheReceiptAndRestoresTheDefault() {
        TestOrganisation organisation = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = organisation.agency("宣汉县测试局");
        String officer = TestOrganisation.username("gongkai.ban");
        organisation.settledPerson(agency, officer, "王公开", "Gongkai-Office-2026", Role.DISCLOSURE_OFFICER);

        journey.signIn(officer, "Gongkai-Office-2026");
        journey.follow(message("nav.letters.templates"));
        assertThat(journey.currentPath()).isEqualTo("/office/letters/templates");
        journey.seeText(message("letterKind.RECEIPT"), "政府信息公开申请受理回执", message("letter.source.default"));

        // the receipt is the first kind listed
        journey.follow(message("common.edit"));
        assertThat(journey.currentPath()).isEqualTo("/office/letters/templates/RECEIPT");
        journey.seeText(message("letter.edit.default"), "{申请人}", message("placeholder.RECEIVED_ON"));

        String misspelt = "{申请人}：\n本局已于{收到时间}收到您的申请，受理编号{受理编号}。";
        journey.everyFieldIsLabelled()
                .fillIn(message("letter.headline"), "宣汉县测试局受理回执")
                .fillIn(message("letter.body"), misspelt)
                .press(message("common.save"))
                .seeMessageAtField(message("letter.body"), message("letter.placeholder.unknown", "{收到时间}"));
        assertThat(journey.textOf("textarea")).contains("{收到时间}");

        journey.fillIn(message("letter.body"), misspelt.replace("{收到时间}", "{收到日期}"))
                .press(message("common.save"))
                .seeText(message("letter.edit.saved"), message("letter.edit.own"));

        journey.follow(message("common.cancel")).seeText("宣汉县测试局受理回执", message("letter.source.own"));

        journey.follow(message("common.edit"))
                .press(message("letter.restore"))
                .seeText(message("letter.edit.restored"));
        journey.follow(message("common.cancel")).doNotSeeText("宣汉县测试局受理回执");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
