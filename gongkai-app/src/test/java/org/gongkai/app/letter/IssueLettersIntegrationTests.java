package org.gongkai.app.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.letter.api.IssuedLetter;
import org.gongkai.app.letter.api.LetterData;
import org.gongkai.app.letter.api.LetterKind;
import org.gongkai.app.letter.api.LetterRefused;
import org.gongkai.app.letter.api.Letters;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing letters: the 文号 comes from the agency's template and a per-agency, per-year counter — gap-free even
 * when two letters are issued at the same moment (the counter row is locked, {@code FOR UPDATE}), given back
 * when an issue rolls back, never used by a refused letter; the DOCX and PDF are stored with their SHA-256 and
 * never change (the database refuses an update or delete); another agency cannot read them.
 */
@IntegrationTest
class IssueLettersIntegrationTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    Letters letters;

    @Autowired
    LetterTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser officerA;
    GongkaiUser officerB;
    int year;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("出具甲局");
        b = org.agency("出具乙局");
        officerA = org.person(a, "issue-officer-a", Role.DISCLOSURE_OFFICER).principal();
        officerB = org.person(b, "issue-officer-b", Role.DISCLOSURE_OFFICER).principal();
        year = LocalDate.now().getYear();
    }

    LetterData receipt(String applicant) {
        return LetterData.of(a.name())
                .sealLine("（政府信息公开专用章）")
                .applicantName(applicant)
                .trackingNumber("YSQ-" + applicant.hashCode())
                .receivedOn(LocalDate.of(2026, 12, 1))
                .requestedInformation("2025年度部门决算")
                .replyDueOn(LocalDate.of(2026, 12, 29))
                .build();
    }

    @Test
    void anIssuedLetterHasItsNumberFilesAndRecord() throws Exception {
        templates.saveNumberTemplate(a.agencyId(), "甲公开〔{年}〕{号}号", null, OffsetDateTime.now());
        IssuedLetter letter = letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("孙七"));

        assertThat(letter.documentNumber()).isEqualTo("甲公开〔" + year + "〕1号");
        assertThat(letter.kind()).isEqualTo(LetterKind.RECEIPT);
        assertThat(letters.find(a.agencyId(), letter.id())).contains(letter);
        byte[] docx = letters.docx(a.agencyId(), letter.id()).orElseThrow();
        byte[] pdf = letters.pdf(a.agencyId(), letter.id()).orElseThrow();
        assertThat(IssueLetters.sha256(docx)).isEqualTo(letter.docxSha256());
        assertThat(IssueLetters.sha256(pdf)).isEqualTo(letter.pdfSha256());
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("甲公开〔" + year + "〕1号").contains("孙七：");
        }
        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE action = 'LetterIssued' AND agency_id = :a")
                        .param("a", a.id())
                        .query(String.class)
                        .list())
                .containsExactly("出具受理回执，文号甲公开〔" + year + "〕1号");
    }

    @Test
    void anIssuedLetterNeverChanges() {
        IssuedLetter letter = letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("周八"));
        byte[] pdf = letters.pdf(a.agencyId(), letter.id()).orElseThrow();

        assertThatThrownBy(() -> jdbc.sql("UPDATE issued_letter SET pdf = :pdf, document_number = 'x' WHERE id = :id")
                        .param("pdf", new byte[] {1, 2, 3})
                        .param("id", letter.id().value())
                        .update())
                .hasStackTraceContaining("已出具的文书不能修改或删除");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM issued_letter WHERE id = :id")
                        .param("id", letter.id().value())
                        .update())
                .hasStackTraceContaining("已出具的文书不能修改或删除");
        templates.save(
                a.agencyId(),
                LetterKind.RECEIPT,
                new LetterTemplate("新的受理回执", "{申请人}：\n已收到。"),
                null,
                OffsetDateTime.now());

        assertThat(letters.pdf(a.agencyId(), letter.id()))
                .hasValueSatisfying(p -> assertThat(p).isEqualTo(pdf));
        assertThat(letters.find(a.agencyId(), letter.id())).contains(letter);
        assertThat(IssueLetters.sha256(pdf)).isEqualTo(letter.pdfSha256());
    }

    @Test
    void twoConcurrentIssuesGetConsecutiveNumbers() throws Exception {
        int each = 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 2; t++) {
                String who = "并发" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt(who + i))
                                .documentNumber());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> f : done) {
                numbers.addAll(f.get(300, TimeUnit.SECONDS));
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrder(
                            "依申请公开〔" + year + "〕1号",
                            "依申请公开〔" + year + "〕2号",
                            "依申请公开〔" + year + "〕3号",
                            "依申请公开〔" + year + "〕4号");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedOrRolledBackIssueUsesNoNumber() {
        LetterData incomplete = LetterData.of(a.name()).applicantName("吴九").build();
        assertThatThrownBy(() ->
                        letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.CLARIFICATION_NOTICE, incomplete))
                .isInstanceOfSatisfying(
                        LetterRefused.class, e -> assertThat(e.missing()).contains("补正事项", "补正期限"));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("回滚"));
            tx.setRollbackOnly();
        });
        IssuedLetter first = letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("郑十"));
        assertThat(first.documentNumber()).isEqualTo("依申请公开〔" + year + "〕1号");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issued_letter WHERE agency_id = :a")
                        .param("a", a.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void eachAgencyHasItsOwnNumbersAndNoneReadsAnothersLetters() throws Exception {
        IssuedLetter ofA = letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("甲的申请人"));
        IssuedLetter ofB = letters.issue(
                Actor.of(officerB),
                b.agencyId(),
                LetterKind.RECEIPT,
                LetterData.of(b.name())
                        .applicantName("乙的申请人")
                        .trackingNumber("YSQ-B")
                        .receivedOn(LocalDate.of(2026, 12, 1))
                        .requestedInformation("某文件")
                        .replyDueOn(LocalDate.of(2026, 12, 29))
                        .build());
        assertThat(ofA.documentNumber()).isEqualTo(ofB.documentNumber());
        assertThat(letters.find(b.agencyId(), ofA.id())).isEmpty();
        assertThat(letters.pdf(b.agencyId(), ofA.id())).isEmpty();
        mvc.perform(get("/office/letters/{id}/pdf", ofA.id().value()).with(user(officerB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/office/letters/{id}/docx", ofA.id().value()).with(user(officerB)))
                .andExpect(status().isNotFound());
        byte[] served = mvc.perform(
                        get("/office/letters/{id}/pdf", ofA.id().value()).with(user(officerA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(IssueLetters.sha256(served)).isEqualTo(ofA.pdfSha256());
    }

    @Test
    void theAgencysOwnTemplateIsUsed() throws Exception {
        templates.save(
                a.agencyId(),
                LetterKind.RECEIPT,
                new LetterTemplate("出具甲局受理通知", "{申请人}：\n受理编号{受理编号}。"),
                null,
                OffsetDateTime.now());
        IssuedLetter letter = letters.issue(Actor.of(officerA), a.agencyId(), LetterKind.RECEIPT, receipt("冯一"));
        byte[] docx = letters.docx(a.agencyId(), letter.id()).orElseThrow();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("出具甲局受理通知").doesNotContain("政府信息公开申请受理回执");
        }
    }
}
