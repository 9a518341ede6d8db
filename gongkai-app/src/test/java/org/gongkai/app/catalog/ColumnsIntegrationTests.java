package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
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
 * An agency's catalog columns: opened once with the default set of domain-spec §6.3, each mapped to its
 * 第二十条 item and an update interval; edited by the agency administrator, within the agency; the
 * catalog settings (索引号 template, review steps). Each change is in the record of actions.
 */
@IntegrationTest
class ColumnsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogColumns columns;

    @Autowired
    AgencyCatalogs catalogs;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation.AgencyRef a;
    TestOrganisation.AgencyRef b;
    GongkaiUser adminA;
    GongkaiUser adminB;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        a = org.agency("目录甲局");
        b = org.agency("目录乙局");
        adminA = org.person(a, "catalog-admin-a", Role.AGENCY_ADMIN).principal();
        adminB = org.person(b, "catalog-admin-b", Role.AGENCY_ADMIN).principal();
    }

    @Test
    void theCatalogOpensOnceWithTheDefaultColumnsMappedToArticle20() throws Exception {
        mvc.perform(get("/office/catalog/columns").with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("政府信息公开指南")))
                .andExpect(content().string(containsString("第二十条第（7）项")));
        List<CatalogColumn> opened = columns.findByAgencyIdOrderByPositionAscIdAsc(a.id());
        assertThat(opened).hasSize(DefaultColumns.count());
        assertThat(opened).extracting(CatalogColumn::name).contains("概况", "政策文件", "工作动态", "财政", "服务及其他", "政府信息公开年报");
        CatalogColumn finance = named(opened, "财政");
        CatalogColumn mandatory = named(opened, "法定主动公开内容");
        assertThat(finance.articleItem()).isEqualTo(7);
        assertThat(finance.parentId()).isEqualTo(mandatory.id());
        assertThat(named(opened, "工作动态").updateIntervalDays()).isEqualTo(14);
        assertThat(named(opened, "政策文件").articleItem()).isEqualTo(1);

        assertThat(openCatalog.open(a.agencyId()))
                .as("a second opening makes nothing")
                .isFalse();
        assertThat(columns.countByAgencyId(a.id())).isEqualTo(DefaultColumns.count());
        assertThat(catalogs.findById(a.id()).orElseThrow().indexTemplate()).isEqualTo("{code}/{YYYY}-{NNNNN}");
        assertThat(catalogs.findById(a.id()).orElseThrow().steps()).containsExactly(ReviewStep.values());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE action = 'CatalogOpened' AND agency_id = :a")
                        .param("a", a.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAdministratorAddsAndChangesColumnsAndTheRecordKeepsBeforeAndAfter() throws Exception {
        openCatalog.open(a.agencyId());
        CatalogColumn mandatory = named(columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()), "法定主动公开内容");
        mvc.perform(post("/office/catalog/columns")
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", " 政策解读专栏 ")
                        .param("parentId", mandatory.id().toString())
                        .param("articleItem", "")
                        .param("updateIntervalDays", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/office/catalog/columns"));
        CatalogColumn created = named(columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()), "政策解读专栏");
        assertThat(created.parentId()).isEqualTo(mandatory.id());
        assertThat(created.updateIntervalDays()).isEqualTo(30);

        mvc.perform(post("/office/catalog/columns/{id}", created.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", "政策解读")
                        .param("parentId", mandatory.id().toString())
                        .param("articleItem", "1")
                        .param("updateIntervalDays", "183"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同一上级栏目下已有名为“政策解读”的栏目。")));
        mvc.perform(post("/office/catalog/columns/{id}", created.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", "解读")
                        .param("parentId", mandatory.id().toString())
                        .param("articleItem", "1")
                        .param("updateIntervalDays", "183"))
                .andExpect(status().is3xxRedirection());
        CatalogColumn changed = columns.findById(created.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("解读");
        assertThat(changed.articleItem()).isEqualTo(1);
        Map<String, Object> record = jdbc.sql(
                        "SELECT * FROM action_record WHERE action = 'CatalogColumnChanged' AND subject_id = :id")
                .param("id", created.id().toString())
                .query()
                .singleRow();
        assertThat((String) record.get("before_state")).contains("政策解读专栏");
        assertThat((String) record.get("after_state")).contains("解读");
        assertThat(record.get("agency_id")).isEqualTo(a.id());
    }

    @Test
    void aRefusedColumnComesBackAsTypedWithChineseMessagesAtTheFields() throws Exception {
        String tooLong = "栏".repeat(51);
        mvc.perform(post("/office/catalog/columns")
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", tooLong)
                        .param("parentId", "")
                        .param("articleItem", "16")
                        .param("updateIntervalDays", "两周"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("栏目名称不能超过50个字。")))
                .andExpect(content().string(containsString("请选择第二十条第（1）至（15）项之一，或不选。")))
                .andExpect(content().string(containsString("更新周期应为1至3660之间的整数天数，或留空。")))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")))
                .andExpect(content().string(containsString("value=\"两周\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void anotherAgencysColumnIsNotFoundAndUnchanged() throws Exception {
        openCatalog.open(b.agencyId());
        CatalogColumn ofB =
                columns.findByAgencyIdOrderByPositionAscIdAsc(b.id()).get(0);
        mvc.perform(get("/office/catalog/columns/{id}", ofB.id()).with(user(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/catalog/columns/{id}", ofB.id())
                        .with(user(adminA))
                        .with(csrf())
                        .param("name", "被改名"))
                .andExpect(status().isNotFound());
        assertThat(columns.findById(ofB.id()).orElseThrow().name()).isEqualTo(ofB.name());
        mvc.perform(get("/office/catalog/columns").with(user(adminA)))
                .andExpect(content().string(not(containsString("/office/catalog/columns/" + ofB.id() + "\""))));
    }

    @Test
    void theSettingsChooseTheStepsAndTheTemplate() throws Exception {
        mvc.perform(get("/office/catalog/settings").with(user(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{code}/{YYYY}-{NNNNN}")));
        mvc.perform(post("/office/catalog/settings")
                        .with(user(adminA))
                        .with(csrf())
                        .param("indexTemplate", "{code}/{YYYY}")
                        .param("_steps", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("索引号规则须含一个{YYYY}和一个流水号")))
                .andExpect(content().string(containsString("请至少选择一个审核环节。")))
                .andExpect(content().string(containsString("value=\"{code}/{YYYY}\"")));
        mvc.perform(post("/office/catalog/settings")
                        .with(user(adminA))
                        .with(csrf())
                        .param("indexTemplate", "{code}/{YYYY}-{NNNNNN}")
                        .param("steps", "OFFICE_REVIEW", "LEADER_APPROVAL"))
                .andExpect(status().is3xxRedirection());
        AgencyCatalog saved = catalogs.findById(a.id()).orElseThrow();
        assertThat(saved.indexTemplate()).isEqualTo("{code}/{YYYY}-{NNNNNN}");
        assertThat(saved.steps()).containsExactly(ReviewStep.OFFICE_REVIEW, ReviewStep.LEADER_APPROVAL);
    }

    @Test
    void columnsLongerThanTheirIntervalWithoutANewItemAreFlagged() throws Exception {
        openCatalog.open(a.agencyId());
        CatalogColumn news = named(columns.findByAgencyIdOrderByPositionAscIdAsc(a.id()), "工作动态");
        mvc.perform(get("/office").with(user(adminA))).andExpect(content().string(not(containsString("超过更新周期"))));
        jdbc.sql("UPDATE catalog_column SET created_at = :then WHERE id = :id")
                .param("then", java.time.OffsetDateTime.now().minusDays(30))
                .param("id", news.id())
                .update();
        mvc.perform(get("/office").with(user(adminA)))
                .andExpect(content().string(containsString("有1个目录栏目超过更新周期没有发布新信息。")));
        mvc.perform(get("/office/catalog/columns").with(user(adminA)))
                .andExpect(content().string(containsString("超过更新周期")));
        jdbc.sql("""
                        INSERT INTO catalog_item (agency_id, column_id, state, title, publisher, formed_on, published_on,
                            validity, disclosure_mode, body, author_id, created_at, updated_at)
                        VALUES (:a, :c, 'PUBLISHED', '本周动态', '目录甲局', :today, :today, 'IN_FORCE', 'PROACTIVE',
                            '<p>动态</p>', :author, :now, :now)
                        """)
                .param("a", a.id())
                .param("c", news.id())
                .param("today", java.time.LocalDate.now())
                .param("author", adminA.personId())
                .param("now", java.time.OffsetDateTime.now())
                .update();
        mvc.perform(get("/office").with(user(adminA))).andExpect(content().string(not(containsString("超过更新周期"))));
        mvc.perform(get("/office/catalog/columns").with(user(adminA)))
                .andExpect(content()
                        .string(containsString(java.time.LocalDate.now().toString())));
    }

    @Test
    void onlyTheAdministratorManagesColumns() throws Exception {
        GongkaiUser officer = new TestOrganisation(context)
                .person(a, "catalog-officer", Role.DISCLOSURE_OFFICER)
                .principal();
        mvc.perform(get("/office/catalog/columns").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/office/catalog/settings")
                        .with(user(officer))
                        .with(csrf())
                        .param("indexTemplate", "{YYYY}-{NNN}"))
                .andExpect(status().isForbidden());
    }

    private static CatalogColumn named(List<CatalogColumn> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
