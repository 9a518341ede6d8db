package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With an SMTP server configured ({@code spring.mail.host}), the applicant of an online application who
 * gave an e-mail address gets the receipt after the registration committed: Chinese subject and body with
 * the agency, the tracking number and the dates, never the access code. The server is GreenMail in this
 * JVM, spoken to over a real SMTP conversation on loopback.
 */
@IntegrationTest
class ReceiptMailIntegrationTests {
    static final GreenMail SMTP = startSmtp();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef agency;

    static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gongkai.mail.from", () -> "gongkai@gov.example.cn");
    }

    @BeforeEach
    void anAgency() {
        agency = new TestOrganisation(context).agency("回执测试局" + TestOrganisation.unique());
    }

    @Test
    void theApplicantGetsTheReceiptByEmailWithoutTheAccessCode() throws Exception {
        String email = "applicant-" + TestOrganisation.unique() + "@example.cn";
        Document done = apply(email);
        String tracking = done.select(".tracking-number").text();
        String code = done.select(".access-code").text();
        assertThat(tracking).isNotEmpty();

        await(email, 1);
        List<MimeMessage> mine = to(email);
        assertThat(mine).hasSize(1);
        MimeMessage receipt = mine.get(0);
        assertThat(receipt.getSubject()).contains(agency.name(), "政府信息公开申请受理回执", tracking);
        assertThat(receipt.getFrom()[0].toString()).isEqualTo("gongkai@gov.example.cn");
        String body = GreenMailUtil.getBody(receipt);
        String text = receipt.getContent().toString();
        assertThat(text).contains(agency.name(), tracking, "答复期限", "查询码不随本邮件发送").doesNotContain(code);
        assertThat(body).doesNotContain(code);
    }

    @Test
    void theApplicantIsToldOfEachNoticeByEmail() throws Exception {
        String email = "notices-" + TestOrganisation.unique() + "@example.cn";
        Document done = apply(email);
        String tracking = done.select(".tracking-number").text();
        String code = done.select(".access-code").text();
        await(email, 1);
        long id = jdbc.sql("SELECT id FROM disclosure_request WHERE tracking_number = :t")
                .param("t", tracking)
                .query(Long.class)
                .single();
        GongkaiUser officer = new TestOrganisation(context)
                .person(agency, "mail-officer", Role.DISCLOSURE_OFFICER)
                .principal();
        // received a week ago (an online application made today may count from tomorrow, a step cannot be later
        // than today): the steps are taken on that day
        LocalDate today = LocalDate.now().minusDays(7);
        jdbc.sql("UPDATE disclosure_request SET received_on = :d, clock_starts_on = :d WHERE id = :id")
                .param("d", today)
                .param("id", id)
                .update();
        step(
                officer,
                id,
                "request-clarification",
                "on",
                today.toString(),
                "until",
                today.plusDays(20).toString(),
                "note",
                "请写明处罚决定书的作出年份");
        step(officer, id, "receive-clarification", "on", today.toString());
        step(
                officer,
                id,
                "answer",
                "on",
                today.toString(),
                "outcome",
                "granted",
                "legalGround",
                "A36_2",
                "obtain",
                "以电子邮件发送");

        await(email, 3);
        List<MimeMessage> mine = to(email);
        assertThat(mine)
                .extracting(MimeMessage::getSubject)
                .as("the receipt, the clarification notice and the answer; not the recorded correction")
                .hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("受理回执", tracking))
                .anySatisfy(s -> assertThat(s).contains("请补正", tracking))
                .anySatisfy(s -> assertThat(s).contains("已答复", tracking));
        for (MimeMessage m : mine) {
            assertThat(m.getContent().toString())
                    .contains(agency.name(), tracking)
                    .doesNotContain(code);
        }
        assertThat(mine.stream()
                        .filter(m -> {
                            try {
                                return m.getSubject().contains("请补正");
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .findFirst()
                        .orElseThrow()
                        .getContent()
                        .toString())
                .contains("请写明处罚决定书的作出年份", "条例第三十条");
    }

    private void step(GongkaiUser officer, long id, String step, String... params) throws Exception {
        var request = post("/office/requests/{id}/steps/{step}", id, step)
                .with(csrf())
                .with(user(officer));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                .as(step)
                .isEqualTo(302);
    }

    private void await(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && to(email).size() < count; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void noAddressNoMail() throws Exception {
        int before = SMTP.getReceivedMessages().length;
        assertThat(apply("").select(".tracking-number").text()).isNotEmpty();
        awaitMailHandled();
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    /** Mail goes out on the task executor: wait until the registry has no notice left for it to handle. */
    private void awaitMailHandled() throws InterruptedException {
        for (int i = 0; i < 100 && pendingMail() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(pendingMail()).as("every notice handled").isZero();
    }

    private int pendingMail() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%ApplicantMail%'")
                .query(Integer.class)
                .single();
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(email));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private Document apply(String email) throws Exception {
        return Jsoup.parse(mvc.perform(post("/agencies/{id}/apply", agency.id())
                        .with(csrf())
                        .with(ApplyOnlineIntegrationTests.from(ApplyOnlineIntegrationTests.randomAddress()))
                        .param("applicantKind", "LEGAL_SERVICE")
                        .param("applicantName", "四川某某律师事务所")
                        .param("identityKind", "OTHER")
                        .param("identityNumber", "律所执业许可证31510000" + TestOrganisation.unique())
                        .param("phone", "0818-1234567")
                        .param("email", email)
                        .param("description", "2024年本机关作出的行政处罚决定书")
                        .param("informationForm", "ELECTRONIC")
                        .param("deliveryWay", email.isEmpty() ? "COLLECT" : "EMAIL"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
