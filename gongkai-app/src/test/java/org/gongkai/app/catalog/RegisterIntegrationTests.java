package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.catalog.api.NormativeDocumentCount;
import org.gongkai.app.catalog.api.NormativeDocuments;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register of 规范性文件 and table 2's first block ({@link NormativeDocuments}): items published on past
 * days are built through {@link CatalogItem}'s own chain (as the demo builds them), with dates at the year
 * boundaries; the disclosure office records a repeal on the item's page, with the field checks.
 */
@IntegrationTest
class RegisterIntegrationTests {
    /** The platform's clock (Asia/Shanghai): "today" as the application sees it, not the test JVM's zone. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogItems items;

    @Autowired
    CatalogColumns columns;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    NormativeDocuments register;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser submitter;
    GongkaiUser office;
    GongkaiUser secrets;
    GongkaiUser leader;
    GongkaiUser officeOfB;
    long policies;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("登记甲局");
        b = org.agency("登记乙局");
        submitter = org.person(a, "reg-submitter", Role.SUBMITTER).principal();
        office = org.person(a, "reg-office", Role.DISCLOSURE_OFFICER).principal();
        secrets = org.person(a, "reg-secrets", Role.CONFIDENTIALITY_REVIEWER).principal();
        leader = org.person(a, "reg-leader", Role.APPROVING_LEADER).principal();
        officeOfB = org.person(b, "reg-office-b", Role.DISCLOSURE_OFFICER).principal();
        openCatalog.open(a.agencyId());
        policies = columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()).stream()
                .filter(c -> c.name().equals("政策文件"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theYearBoundariesFollowTheFormedPublishedAndRepealedDays() {
        // made on the last day of 2020, published on the first working day of 2021
        long late = published("规范性文件", "规〔2020〕9号", LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 4));
        // made and published in 2019, repealed on the first day of 2021
        long old = published("规范性文件", "规〔2019〕1号", LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 8));
        repeal(old, Validity.REPEALED, LocalDate.of(2021, 1, 1));
        // made and published in 2020, expired on its last day
        long expired = published("行政规范性文件", "规〔2020〕2号", LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5));
        repeal(expired, Validity.EXPIRED, LocalDate.of(2020, 12, 31));
        // not counted: another genre, a draft, a withdrawn one, another agency's
        published("通知", "发〔2020〕3号", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 3));
        items.save(new CatalogItem(
                a.id(), submitter.personId(), itemContent("规范性文件", null, LocalDate.of(2020, 7, 1)), at(2020, 7, 1)));
        long withdrawn = published("规范性文件", "规〔2020〕5号", LocalDate.of(2020, 8, 3), LocalDate.of(2020, 8, 5));
        CatalogItem w = items.findById(withdrawn).orElseThrow();
        w.withdraw(office, "误发", LocalDate.of(2020, 8, 6), at(2020, 8, 6));
        items.save(w);

        assertThat(count(2019)).isEqualTo(new Counts(1, 1, 0, 1, 1));
        assertThat(count(2020)).isEqualTo(new Counts(2, 1, 1, 2, 2));
        assertThat(count(2021)).isEqualTo(new Counts(0, 1, 1, 1, 3));
        for (int year = 2020; year <= 2021; year++) {
            NormativeDocumentCount now = register.count(a.agencyId(), year);
            NormativeDocumentCount before = register.count(a.agencyId(), year - 1);
            assertThat(now.inForce())
                    .as("YOY.IN_FORCE in %d", year)
                    .isEqualTo(before.inForce() + now.issued() - now.repealed());
        }
        assertThat(register.count(b.agencyId(), 2020))
                .isEqualTo(new NormativeDocumentCount(b.agencyId(), 2020, 0, 0, 0, 0, 0));
        assertThat(register.rules(a.agencyId(), 2020))
                .isEqualTo(new NormativeDocumentCount(a.agencyId(), 2020, 0, 0, 0, 0, 0));
    }

    @Test
    void rulesHaveARowOfTheirOwn() throws Exception {
        long rule = published("规章", "登记甲局令第1号", LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 10));
        published("规范性文件", "登规〔2020〕7号", LocalDate.of(2020, 5, 6), LocalDate.of(2020, 5, 8));
        repeal(rule, Validity.REPEALED, LocalDate.of(2021, 3, 1));

        assertThat(register.rules(a.agencyId(), 2020))
                .isEqualTo(new NormativeDocumentCount(a.agencyId(), 2020, 1, 1, 0, 1, 1));
        assertThat(register.rules(a.agencyId(), 2021))
                .isEqualTo(new NormativeDocumentCount(a.agencyId(), 2021, 0, 0, 1, 0, 1));
        assertThat(count(2020)).isEqualTo(new Counts(1, 1, 0, 1, 1));
        mvc.perform(get("/agencies/{a}/register", a.id()).param("year", "2020"))
                .andExpect(content().string(containsString("登记甲局令第1号")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<th scope=\"row\">规章</th>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>1</td>.*")));
        mvc.perform(get("/agencies/{a}/register", a.id()).param("year", "2021"))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<th scope=\"row\">规章</th>\\s*<td>0</td>\\s*<td>1</td>\\s*<td>0</td>.*")));
    }

    @Test
    void theOfficeRecordsARepealOnTheItemsPageAndTheRegisterShowsIt() throws Exception {
        long id = published("规范性文件", "登规〔2020〕1号", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 3));
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "REPEALED")
                        .param("changedOn", "")
                        .param("reason", "")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("validityForm", "changedOn", "reason"))
                .andExpect(content().string(containsString("请填写失效或废止日期。")));
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "REPEALED")
                        .param("changedOn", LocalDate.now(clock).plusDays(1).toString())
                        .param("reason", "被新文件废止")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天。")))
                .andExpect(content().string(containsString("被新文件废止")));
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "REPEALED")
                        .param("changedOn", "2020-03-01")
                        .param("reason", "早于制发")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "REPEALED")
                        .param("changedOn", "2022-06-30")
                        .param("reason", "被登规〔2022〕3号废止")
                        .with(user(officeOfB))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "REPEALED")
                        .param("changedOn", "2022-06-30")
                        .param("reason", "被登规〔2022〕3号废止")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(flash().attribute("validityChanged", true));
        CatalogItem item = items.findById(id).orElseThrow();
        assertThat(item.validity()).isEqualTo(Validity.REPEALED);
        assertThat(item.validityChangedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(jdbc.sql("SELECT action FROM action_record WHERE subject_type = 'catalogItem' AND subject_id = :id"
                                + " ORDER BY id DESC")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .first()
                .isEqualTo("ValidityChanged");
        // once repealed, nothing more to record
        mvc.perform(post("/office/catalog/items/{id}/validity", id)
                        .param("validity", "EXPIRED")
                        .param("changedOn", "2022-07-01")
                        .param("reason", "再登记")
                        .with(user(office))
                        .with(csrf()))
                .andExpect(flash().attributeExists("refused"));

        mvc.perform(get("/agencies/{a}/register", a.id()).param("year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登规〔2020〕1号")))
                .andExpect(content().string(containsString("被登规〔2022〕3号废止")))
                .andExpect(content().string(containsString("2022-06-30")))
                .andExpect(content().string(containsString("本年废止件数")));
        mvc.perform(get("/agencies/{a}/register", a.id()).param("year", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本年新制作数量")));
        mvc.perform(get("/agencies/{a}/register", a.id()).param("year", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“abc”不是可选的年度")));
        mvc.perform(get("/agencies/{a}/register", b.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("登规〔2020〕1号"))));
        mvc.perform(get("/office/catalog/register").with(user(submitter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登规〔2020〕1号")));
        mvc.perform(get("/office/catalog/register").with(user(officeOfB)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("登规〔2020〕1号"))));
    }

    record Counts(int issued, int published, int repealed, int inForce, int totalPublished) {}

    private Counts count(int year) {
        NormativeDocumentCount c = register.count(a.agencyId(), year);
        return new Counts(c.issued(), c.published(), c.repealed(), c.inForce(), c.totalPublished());
    }

    private long published(String genre, String number, LocalDate formed, LocalDate published) {
        CatalogItem item =
                new CatalogItem(a.id(), submitter.personId(), itemContent(genre, number, formed), at(formed));
        item.submit(
                submitter,
                Set.of(ReviewStep.OFFICE_REVIEW, ReviewStep.CONFIDENTIALITY_REVIEW, ReviewStep.LEADER_APPROVAL),
                at(formed));
        item.pass(office, published, null, at(published));
        item.pass(secrets, published, null, at(published));
        item.pass(leader, published, null, at(published));
        assertThat(item.state()).isEqualTo(ItemState.PUBLISHED);
        return items.save(item).id();
    }

    private void repeal(long id, Validity to, LocalDate on) {
        CatalogItem item = items.findById(id).orElseThrow();
        item.recordValidity(to, on, "测试", at(on));
        items.save(item);
    }

    private ItemContent itemContent(String genre, String number, LocalDate formed) {
        return new ItemContent(
                policies,
                "关于印发管理办法的通知" + (number == null ? "" : number),
                null,
                "登记甲局",
                formed,
                number,
                null,
                genre,
                Validity.IN_FORCE,
                null,
                DisclosureMode.PROACTIVE,
                "<p>正文。</p>");
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return at(LocalDate.of(year, month, day));
    }
}
