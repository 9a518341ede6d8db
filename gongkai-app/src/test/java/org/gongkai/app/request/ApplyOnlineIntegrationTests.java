package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.calendar.api.ChineseDates;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A member of the public applies on an agency's portal without an account, gets a tracking number and an
 * access code (shown once, kept only as a hash) and the due date, and later sees the request's state with
 * both — never with one. Wrong codes, applications per address and per identity, and oversized forms are
 * limited; nothing of the applicant reaches the log. Without {@code spring.mail.host} no mail is sent and
 * nothing fails.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplyOnlineIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    ApplyOnline applyOnline;

    TestOrganisation.AgencyRef agency;
    GongkaiUser officer;
    GongkaiUser officerOfB;
    /** Each test applies from an address of its own: the limits count per address, across test classes. */
    String address;

    @BeforeEach
    void anAgencyWithItsDisclosureOffice() {
        TestOrganisation org = new TestOrganisation(context);
        agency = org.agency("网上申请测试局" + TestOrganisation.unique());
        officer = org.person(agency, "apply-officer", Role.DISCLOSURE_OFFICER).principal();
        officerOfB = org.person(org.agency("网上申请乙局"), "apply-officer-b", Role.DISCLOSURE_OFFICER)
                .principal();
        address = randomAddress();
    }

    @Test
    void appliesWithoutAnAccountAndTracksWithNumberAndCode(CapturedOutput output) throws Exception {
        String identity = freshResidentId();
        Document form = page(get("/agencies/{id}/apply", agency.id()));
        assertThat(form.select("h1").text()).contains(agency.name(), "政府信息公开申请");
        assertThat(form.select("input[name=_csrf]"))
                .as("CSRF on the public form")
                .isNotEmpty();
        assertThat(page(get("/agencies/{id}", agency.id())).select("a[href$=/apply]"))
                .as("the portal home links to the form")
                .isNotEmpty();

        Document done = page(apply(identity, "zhang.san@example.cn"));
        String tracking = done.select(".tracking-number").text();
        String code = done.select(".access-code").text();
        LocalDate receivedOn = applyOnline.receivedOn(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")));
        LocalDate due = calendar.addWorkingDays(receivedOn, 20).date();
        assertThat(tracking).matches(receivedOn.toString().replace("-", "") + "-\\d{6}");
        assertThat(code).matches("[2-9A-Z]{8}");
        assertThat(done.select(".due-on").text()).isEqualTo(ChineseDates.format(due));

        var stored = jdbc.sql("SELECT * FROM disclosure_request WHERE tracking_number = :t")
                .param("t", tracking)
                .query()
                .singleRow();
        assertThat(stored.get("channel")).isEqualTo("ONLINE");
        assertThat(stored.get("registered_by")).isNull();
        assertThat(stored.get("agency_id").toString()).isEqualTo(Long.toString(agency.id()));
        assertThat(stored.get("contact").toString()).contains("13800000000", "四川省达州市", "zhang.san@example.cn");
        assertThat(stored.get("description").toString()).contains("2025年行政许可事项清单", "达市商务发〔2025〕3号");
        assertThat(stored.get("delivery").toString()).contains("电子文件", "电子邮件");
        assertThat(stored.toString()).doesNotContain(identity, code);

        // the applicant's look-up: both needed, state and dates in Chinese, nothing personal
        Document tracked = page(track(tracking, code));
        assertThat(tracked.select(".request-state").text()).isEqualTo("办理中");
        assertThat(tracked.text())
                .contains(tracking, agency.name(), ChineseDates.format(receivedOn), ChineseDates.format(due))
                .contains("在线提交申请")
                .doesNotContain("张三", "13800000000", "zhang.san", identity.substring(6, 14));
        assertThat(page(track(tracking, "")).select("#accessCode-error").text()).isEqualTo("请填写查询码。");
        assertThat(page(track("", code)).select("#trackingNumber-error").text()).isEqualTo("请填写受理编号。");

        // the disclosure office sees it among its requests, the identity masked; another agency does not
        assertThat(page(get("/office/requests").with(user(officer))).text()).contains(tracking, "张三");
        assertThat(page(get("/office/requests").with(user(officerOfB))).text()).doesNotContain(tracking);
        long id = ((Number) stored.get("id")).longValue();
        assertThat(page(get("/office/requests/{id}", id).with(user(officer))).text())
                .contains("互联网", identity.substring(0, 6) + "********" + identity.substring(14))
                .doesNotContain(identity);
        assertThat(jdbc.sql("SELECT summary FROM action_record WHERE action = 'RequestRegistered' AND subject_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .contains(tracking)
                .doesNotContain(identity);

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no spring.mail.host: no mail sender, and applying did not fail")
                .isNull();
        assertThat(output.getAll())
                .as("the log names the tracking number, nothing of the applicant")
                .contains(tracking)
                .doesNotContain(identity, "13800000000", "zhang.san@example.cn", "四川省达州市", code);
    }

    @Test
    void saysAtEachFieldWhatIsWrongInChineseAndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/agencies/{id}/apply", agency.id())
                .with(csrf())
                .with(from(address))
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", "110105194912310021")
                .param("phone", "电话")
                .param("address", "")
                .param("email", "not-an-address")
                .param("informationName", "")
                .param("documentNumber", "")
                .param("description", "")
                .param("informationForm", "PAPER")
                .param("deliveryWay", "POST"));

        assertThat(page.select("#applicantName-error").text()).isEqualTo("请填写姓名或名称。");
        assertThat(page.select("#identityNumber-error").text()).contains("校验位不对");
        assertThat(page.select("#phone-error").text()).contains("联系电话只能包含数字");
        assertThat(page.select("#address-error").text()).isEqualTo("选择邮寄时，请填写通信地址。");
        assertThat(page.select("#email-error").text()).contains("电子邮箱格式不正确");
        assertThat(page.select("#description-error").text()).contains("至少填写");
        assertThat(page.select("input#identityNumber").val()).isEqualTo("110105194912310021");
        assertThat(page.select("input#email").val()).isEqualTo("not-an-address");
        assertThat(page.select("select#deliveryWay option[selected]").val()).isEqualTo("POST");
        assertThat(page.select("input#identityNumber").attr("aria-invalid")).isEqualTo("true");

        Document mismatch = page(post("/agencies/{id}/apply", agency.id())
                .with(csrf())
                .with(from(address))
                .param("applicantKind", "COMMERCIAL")
                .param("applicantName", "达州某某商贸有限公司")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", freshResidentId())
                .param("phone", "0818-1234567")
                .param("description", "某项目环评批复")
                .param("informationForm", "ELECTRONIC")
                .param("deliveryWay", "COLLECT"));
        assertThat(mismatch.select("#identityKind-error").text()).contains("法人或其他组织请提供统一社会信用代码");

        assertThat(mvc.perform(post("/agencies/{id}/apply", agency.id())
                                .with(from(address))
                                .param("applicantName", "张三"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no CSRF token, no application")
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :a")
                        .param("a", agency.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/agencies/{id}/apply", 987_654_321L))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void wrongAccessCodesAreLimitedPerTrackingNumber() throws Exception {
        Document done = page(apply(freshResidentId(), ""));
        String tracking = done.select(".tracking-number").text();
        String code = done.select(".access-code").text();

        Document unknown = page(track("20250101-000000", code));
        Document wrong = page(track(tracking, "WRONG234"));
        assertThat(wrong.select("[role=alert]").text())
                .isEqualTo("受理编号或查询码不正确，请核对后再试。")
                .as("an unknown number answers like a wrong code")
                .isEqualTo(unknown.select("[role=alert]").text());
        assertThat(wrong.text()).doesNotContain("办理中");
        for (int i = 2; i <= 5; i++) {
            page(track(tracking, "WRONG23" + i));
        }

        MockHttpServletResponse locked =
                mvc.perform(track(tracking, code)).andReturn().getResponse();
        assertThat(locked.getStatus()).isEqualTo(429);
        Document lockedPage = Jsoup.parse(locked.getContentAsString());
        assertThat(lockedPage.select("[role=alert]").text()).matches("尝试次数过多，请在 \\d+ 分钟后再试。");
        assertThat(lockedPage.text()).as("even the right code waits").doesNotContain("办理中");
    }

    @Test
    void applicationsAreLimitedPerAddressAndPerIdentity() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(page(apply(freshResidentId(), ""))
                            .select(".tracking-number")
                            .text())
                    .isNotEmpty();
        }
        MockHttpServletResponse refused =
                mvc.perform(apply(freshResidentId(), "")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("[role=alert]")
                        .text())
                .contains("同一网络地址在 24 小时内最多可提交 10 件申请");

        String identity = freshResidentId();
        for (int i = 0; i < 5; i++) {
            address = randomAddress();
            assertThat(page(apply(identity, "")).select(".tracking-number").text())
                    .isNotEmpty();
        }
        address = randomAddress();
        MockHttpServletResponse sameIdentity =
                mvc.perform(apply(identity, "")).andReturn().getResponse();
        assertThat(sameIdentity.getStatus()).isEqualTo(429);
        Document page = Jsoup.parse(sameIdentity.getContentAsString());
        assertThat(page.select("[role=alert]").text()).contains("同一申请人在 24 小时内最多可提交 5 件申请");
        assertThat(page.select("input#applicantName").val())
                .as("what was typed is kept")
                .isEqualTo("张三");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM public_attempt WHERE key_hash LIKE :a")
                        .param("a", "%" + address + "%")
                        .query(Integer.class)
                        .single())
                .as("addresses are counted as keyed hashes, never in clear")
                .isZero();
    }

    @Test
    void anOversizedFormIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = ("applicantName=" + "a".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.perform(post("/agencies/{id}/apply", agency.id())
                                .with(csrf())
                                .with(from(address))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(413);
        assertThat(mvc.perform(post("/track")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(413);
    }

    @Test
    void anOnlineApplicationIsReceivedOnTheNextWorkingDayWhenMadeOnAHoliday() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(applyOnline.receivedOn(ZonedDateTime.of(2025, 9, 26, 10, 0, 0, 0, shanghai)))
                .as("a working Friday: that day")
                .isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(applyOnline.receivedOn(ZonedDateTime.of(2025, 9, 28, 23, 0, 0, 0, shanghai)))
                .as("a make-up working Sunday (调休): that day")
                .isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(applyOnline.receivedOn(ZonedDateTime.of(2025, 10, 4, 10, 0, 0, 0, shanghai)))
                .as("during the National Day holiday: the first working day after it")
                .isEqualTo(LocalDate.of(2025, 10, 9));

        ApplyProperties closingAtFive = new ApplyProperties(10, 5, 24, 5, 20, 15, 65_536, LocalTime.of(17, 0), 4, 20);
        ApplyOnline withOfficeHours = new ApplyOnline(null, null, closingAtFive, calendar, null, null, null);
        assertThat(withOfficeHours.receivedOn(ZonedDateTime.of(2025, 9, 26, 16, 59, 0, 0, shanghai)))
                .as("before the configured closing time: that day")
                .isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(withOfficeHours.receivedOn(ZonedDateTime.of(2025, 9, 26, 17, 0, 0, 0, shanghai)))
                .as("from the configured closing time: the next working day (here the make-up Sunday)")
                .isEqualTo(LocalDate.of(2025, 9, 28));
    }

    MockHttpServletRequestBuilder apply(String identity, String email) {
        return post("/agencies/{id}/apply", agency.id())
                .with(csrf())
                .with(from(address))
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "张三")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", identity)
                .param("phone", "13800000000")
                .param("address", "四川省达州市通川区某某路1号")
                .param("email", email)
                .param("informationName", "2025年行政许可事项清单")
                .param("documentNumber", "达市商务发〔2025〕3号")
                .param("description", "")
                .param("informationForm", "ELECTRONIC")
                .param("deliveryWay", email.isEmpty() ? "POST" : "EMAIL");
    }

    static MockHttpServletRequestBuilder track(String trackingNumber, String accessCode) {
        return post("/track")
                .with(csrf())
                .param("trackingNumber", trackingNumber)
                .param("accessCode", accessCode);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A valid 公民身份号码 no other test uses: a random birth day and sequence, and its check character. */
    static String freshResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
        String first17 = "110105" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
