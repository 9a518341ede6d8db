package org.gongkai.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealRecorded;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.appeal.api.AppealResultCorrected;
import org.gongkai.app.appeal.api.AppealResultRecorded;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The appeal module with the modules it depends on: recording a case (linked to a request of the agency by its
 * tracking number), recording its result and correcting it publish the events the record of actions keeps,
 * with actor, agency, subject and the result before and after.
 */
// agency is included for TestOrganisation: the appeal module itself only stores the agency's id
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"agency"})
@ActiveProfiles("test")
class AppealModuleTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordAppeal recordAppeal;

    @Autowired
    RecordResult recordResult;

    @Autowired
    CorrectResult correctResult;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("模块复议局");
        officer = org.person(agency, "module-appeals", Role.DISCLOSURE_OFFICER).principal();
    }

    @Test
    void recordingACasePublishesAppealRecorded(Scenario scenario) {
        String tracking = "20250301-" + TestOrganisation.unique().substring(0, 6);
        jdbc.sql("""
                        INSERT INTO disclosure_request (agency_id, tracking_number, access_code_hash, channel,
                            applicant_kind, applicant_name, identity_kind, identity_masked, identity_hash, contact,
                            description, received_on, state, clock_starts_on, due_on, due_provisional, created_at)
                        VALUES (:agency, :tracking, '{noop}x', 'IN_PERSON', 'NATURAL_PERSON', '张三', 'OTHER',
                            '****', 'h', '13800000000', '某文件', DATE '2025-03-01', 'ANSWERED',
                            DATE '2025-03-01', DATE '2025-03-28', FALSE, :now)
                        """)
                .param("agency", agency.id())
                .param("tracking", tracking)
                .param("now", OffsetDateTime.now())
                .update();
        AppealForm form = form("达市府复〔2025〕7号");
        form.setTrackingNumber(tracking);

        scenario.stimulate(() -> recordAppeal.run(officer, form, new BeanPropertyBindingResult(form, "appealForm")))
                .andWaitForEventOfType(AppealRecorded.class)
                .matching(e -> e.agency().equals(agency.agencyId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.actor().person()).isEqualTo(officer.person());
                    assertThat(e.kind()).isEqualTo(AppealKind.RECONSIDERATION);
                    assertThat(e.trackingNumber()).isEqualTo(tracking);
                    assertThat(e.result()).isEqualTo(AppealResult.PENDING);
                    assertThat(e.subjectType()).isEqualTo("appeal");
                    assertThat(e.summaryArguments())
                            .containsExactly(AppealKind.RECONSIDERATION, "达市府复〔2025〕7号", "达州市人民政府");
                });
    }

    @Test
    void recordingAResultPublishesAppealResultRecorded(Scenario scenario) {
        Appeal appeal = recorded("达市府复〔2025〕8号");
        ResultForm result = new ResultForm();
        result.setResult(AppealResult.CORRECTED);
        result.setDecidedOn(LocalDate.parse("2025-05-06"));

        scenario.stimulate(() -> recordResult.run(
                        officer, appeal.id(), result, new BeanPropertyBindingResult(result, "resultForm")))
                .andWaitForEventOfType(AppealResultRecorded.class)
                .matching(e -> e.appeal() == appeal.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.result()).isEqualTo(AppealResult.CORRECTED);
                    assertThat(e.decidedOn()).isEqualTo(LocalDate.parse("2025-05-06"));
                    assertThat(e.before()).containsEntry("appealResult", AppealResult.PENDING);
                });
    }

    @Test
    void correctingAResultPublishesAppealResultCorrectedWithTheReason(Scenario scenario) {
        Appeal appeal = recorded("达市府复〔2025〕9号");
        ResultForm result = new ResultForm();
        result.setResult(AppealResult.UPHELD);
        result.setDecidedOn(LocalDate.parse("2025-05-06"));
        assertThat(recordResult.run(officer, appeal.id(), result, new BeanPropertyBindingResult(result, "r")))
                .isPresent();
        ResultForm correction = new ResultForm();
        correction.setResult(AppealResult.OTHER);
        correction.setDecidedOn(LocalDate.parse("2025-05-07"));
        correction.setReason("申请人撤回复议申请，原登记有误");

        scenario.stimulate(() -> correctResult.run(
                        officer, appeal.id(), correction, new BeanPropertyBindingResult(correction, "correctionForm")))
                .andWaitForEventOfType(AppealResultCorrected.class)
                .matching(e -> e.appeal() == appeal.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.oldResult()).isEqualTo(AppealResult.UPHELD);
                    assertThat(e.newResult()).isEqualTo(AppealResult.OTHER);
                    assertThat(e.reason()).isEqualTo("申请人撤回复议申请，原登记有误");
                    assertThat(e.before()).containsEntry("appealDecidedOn", LocalDate.parse("2025-05-06"));
                    assertThat(e.after()).containsEntry("appealDecidedOn", LocalDate.parse("2025-05-07"));
                });
    }

    private Appeal recorded(String caseNumber) {
        AppealForm form = form(caseNumber);
        return recordAppeal
                .run(officer, form, new BeanPropertyBindingResult(form, "appealForm"))
                .orElseThrow();
    }

    private static AppealForm form(String caseNumber) {
        AppealForm form = new AppealForm();
        form.setKind(AppealKind.RECONSIDERATION);
        form.setFiledOn(LocalDate.parse("2025-04-01"));
        form.setBody("达州市人民政府");
        form.setCaseNumber(caseNumber);
        return form;
    }
}
