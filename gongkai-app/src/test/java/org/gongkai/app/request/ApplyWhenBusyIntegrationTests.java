package org.gongkai.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When more online applications arrive than may register at once ({@link RegistrationGate}), those whose turn does
 * not come in time get the form back as they filled it in, with 503 and when to try again — nothing is registered
 * for them and nothing they typed is lost. Once the turn is free, the same form registers.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"gongkai.apply.concurrent-registrations=1", "gongkai.apply.registration-wait-seconds=1"})
class ApplyWhenBusyIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationGate gate;

    TestOrganisation.AgencyRef agency;

    @BeforeEach
    void anAgency() {
        agency = new TestOrganisation(context).agency("繁忙测试局" + TestOrganisation.unique());
    }

    @Test
    void anApplicationWhoseTurnDoesNotComeKeepsItsFormAndCanBeSentAgain() throws Exception {
        String identity = ApplyOnlineIntegrationTests.freshResidentId();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // another registration holds the only turn
            Future<?> busy = other.submit(() -> gate.through(() -> {
                holding.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused =
                    mvc.perform(apply(identity)).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
            Document form = Jsoup.parse(refused.getContentAsString());
            assertThat(form.text()).contains("您的申请尚未提交", "您填写的内容已保留");
            assertThat(form.select("input[name=applicantName]").val()).isEqualTo("张三");
            assertThat(form.select("textarea[name=description]").text()).isEqualTo("近三年招商引资项目清单");
            assertThat(requests()).as("nothing registered").isZero();

            release.countDown();
            busy.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }

        MockHttpServletResponse registered =
                mvc.perform(apply(identity)).andReturn().getResponse();
        assertThat(registered.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(registered.getContentAsString())
                        .select(".tracking-number")
                        .text())
                .isNotEmpty();
        assertThat(requests()).isEqualTo(1);
    }

    private int requests() {
        return jdbc.sql("SELECT COUNT(*) FROM disclosure_request WHERE agency_id = :a")
                .param("a", agency.id())
                .query(Integer.class)
                .single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apply(String identity) {
        return post("/agencies/{id}/apply", agency.id())
                .with(csrf())
                .with(ApplyOnlineIntegrationTests.from(ApplyOnlineIntegrationTests.randomAddress()))
                .param("applicantKind", "NATURAL_PERSON")
                .param("applicantName", "张三")
                .param("identityKind", "RESIDENT_ID")
                .param("identityNumber", identity)
                .param("phone", "13800000000")
                .param("address", "四川省达州市通川区某某路1号")
                .param("email", "")
                .param("informationName", "")
                .param("documentNumber", "")
                .param("description", "近三年招商引资项目清单")
                .param("informationForm", "ELECTRONIC")
                .param("deliveryWay", "POST");
    }
}
