package org.gongkai.app.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterIssued;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterTemplateChanged;
import org.gongkai.app.letter.api.LetterTemplateRestored;
import org.gongkai.app.letter.api.Letters;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The letter module with the modules it depends on: issuing a letter, changing a template and restoring the
 * default publish the past-tense events the record of actions keeps, with actor, agency and subject.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class LetterModuleTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    Letters letters;

    @Autowired
    ChangeLetterTemplate changeTemplate;

    @Autowired
    RestoreLetterTemplate restoreTemplate;

    @Test
    void issuingALetterPublishesLetterIssued(Scenario scenario) {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("模块文书局");
        GongkaiUser officer =
                org.person(agency, "module-letter", Role.DISCLOSURE_OFFICER).principal();
        LetterData data = LetterData.of(agency.name())
                .applicantName("陈二")
                .trackingNumber("YSQ-MODULE")
                .receivedOn(LocalDate.of(2026, 12, 1))
                .requestedInformation("某文件")
                .replyDueOn(LocalDate.of(2026, 12, 29))
                .build();

        scenario.stimulate(() -> letters.issue(Actor.of(officer), agency.agencyId(), LetterKind.RECEIPT, data))
                .andWaitForEventOfType(LetterIssued.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.actor().person()).isEqualTo(officer.person());
                    assertThat(e.letter().kind()).isEqualTo(LetterKind.RECEIPT);
                    assertThat(e.letter().documentNumber()).endsWith("1号");
                    assertThat(e.subjectType()).isEqualTo("letter");
                    assertThat(e.summaryArguments())
                            .containsExactly(LetterKind.RECEIPT, e.letter().documentNumber());
                    assertThat(e.after()).containsEntry("trackingNumber", "YSQ-MODULE");
                });
    }

    @Test
    void changingAndRestoringATemplatePublishTheirEvents(Scenario scenario) {
        TestOrganisation org = new TestOrganisation(context);
        TestOrganisation.AgencyRef agency = org.agency("模块模板局");
        GongkaiUser admin =
                org.person(agency, "module-template", Role.AGENCY_ADMIN).principal();
        TemplateForm form = new TemplateForm();
        form.setHeadline("模块受理回执");
        form.setBody("{申请人}：\n已收到。");

        scenario.stimulate(() -> changeTemplate.run(
                        admin, LetterKind.RECEIPT, form, new BeanPropertyBindingResult(form, "form")))
                .andWaitForEventOfType(LetterTemplateChanged.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(LetterKind.RECEIPT);
                    assertThat(e.actor().person()).isEqualTo(admin.person());
                    assertThat(e.before()).containsEntry("letterHeadline", "政府信息公开申请受理回执");
                    assertThat(e.after()).containsEntry("letterHeadline", "模块受理回执");
                });

        scenario.stimulate(() -> restoreTemplate.run(admin, LetterKind.RECEIPT))
                .andWaitForEventOfType(LetterTemplateRestored.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> assertThat(e.after()).containsEntry("letterHeadline", "政府信息公开申请受理回执"));
    }
}
