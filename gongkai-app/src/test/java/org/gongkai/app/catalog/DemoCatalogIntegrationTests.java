package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.catalog.api.NormativeDocumentCount;
import org.gongkai.app.catalog.api.NormativeDocuments;
import org.gongkai.app.system.api.AgencyId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code gongkai.demo.enabled=true} the demo agencies' catalogs are filled at start-up: 达州市商务局
 * has exactly the 2020 items the demo annual report counts, numbered as publication numbers them, and
 * every page of a demo catalog says it is demo data.
 */
@IntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class DemoCatalogIntegrationTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    NormativeDocuments register;

    long commerce() {
        return jdbc.sql("SELECT id FROM agency WHERE name = '达州市商务局'")
                .query(Long.class)
                .single();
    }

    @Test
    void commerceHasSixtySixPublishedItemsIn2020ByColumn() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.name, COUNT(*) FROM catalog_item i JOIN catalog_column c ON c.id = i.column_id
                        WHERE i.agency_id = :a AND i.state = 'PUBLISHED'
                          AND i.published_on BETWEEN DATE '2020-01-01' AND DATE '2020-12-31'
                        GROUP BY c.name""")
                .param("a", commerce())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of("概况", 3L, "政策文件", 5L, "工作动态", 48L, "财政", 7L, "服务及其他", 3L));
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(66);
    }

    @Test
    void commercesRegisterCountsTheSeedsTable2FirstBlockFor2020() {
        // the seed (../shared/seed/000_7364606721a9d05b.txt) table 2: 规范性文件 | 0 | 0 | 1 (2019 edition:
        // 本年新制作数量, 本年新公开数量, 对外公开总数量)
        NormativeDocumentCount count = register.count(new AgencyId(commerce()), 2020);
        assertThat(count.issued()).isZero();
        assertThat(count.published()).isZero();
        assertThat(count.totalPublished()).isEqualTo(1);
        assertThat(count.inForce()).isEqualTo(1);
        assertThat(count.repealed()).isZero();
    }

    @Test
    void commercesAnnualReportFor2020IsInTheAnnualReportColumnLinkedFromTheHome() throws Exception {
        long column = jdbc.sql("SELECT id FROM catalog_column WHERE agency_id = :a AND name = '政府信息公开年报'")
                .param("a", commerce())
                .query(Long.class)
                .single();
        String body = jdbc.sql("""
                        SELECT body FROM catalog_item WHERE agency_id = :a AND column_id = :c AND state = 'PUBLISHED'
                          AND title = '达州市商务局2020年政府信息公开工作年度报告'""")
                .param("a", commerce())
                .param("c", column)
                .query(String.class)
                .single();
        assertThat(body).contains("演示数据").contains("规范性文件");
        mvc.perform(get("/agencies/{a}", commerce()))
                .andExpect(content().string(containsString("/agencies/" + commerce() + "/columns/" + column)))
                .andExpect(content().string(containsString("政府信息公开工作年度报告")));
    }

    @Test
    void indexNumbersAreAllocatedAsPublicationAllocatesThemInDateOrder() {
        List<String> numbers =
                jdbc.sql("""
                        SELECT index_number FROM catalog_item WHERE agency_id = :a
                          AND published_on BETWEEN DATE '2020-01-01' AND DATE '2020-12-31'
                        ORDER BY published_on, id""").param("a", commerce()).query(String.class).list();
        assertThat(numbers).hasSize(66);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(String.format("11511700MB1A000282/2020-%05d", i + 1));
        }
        int last = jdbc.sql("SELECT last_number FROM catalog_index_counter WHERE agency_id = :a AND index_year = 2020")
                .param("a", commerce())
                .query(Integer.class)
                .single();
        assertThat(last).isEqualTo(66);
    }

    @Test
    void otherYearsAndOtherDemoAgenciesHaveItemsToo() {
        List<Integer> years =
                jdbc.sql("""
                        SELECT DISTINCT EXTRACT(YEAR FROM published_on) FROM catalog_item
                        WHERE agency_id = :a AND state IN ('PUBLISHED', 'WITHDRAWN')""").param("a", commerce()).query(Integer.class).list();
        assertThat(years).contains(2019, 2021, 2022, 2023, 2024, 2025, 2026);
        long others = jdbc.sql("""
                        SELECT COUNT(DISTINCT i.agency_id) FROM catalog_item i JOIN agency a ON a.id = i.agency_id
                        WHERE a.name IN ('达州市教育局', '达州市自然资源和规划局', '达州市通川区人民政府')""").query(Long.class).single();
        assertThat(others).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalog_item WHERE agency_id = :a AND state = 'WITHDRAWN'")
                        .param("a", commerce())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDataAndThePortalSayItIsDemoData() throws Exception {
        assertThat(jdbc.sql("SELECT demo FROM agency_catalog WHERE agency_id = :a")
                        .param("a", commerce())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalog_item WHERE agency_id = :a AND body NOT LIKE '%演示数据%'")
                        .param("a", commerce())
                        .query(Long.class)
                        .single())
                .isZero();
        long item = jdbc.sql("SELECT id FROM catalog_item WHERE agency_id = :a AND title = :t")
                .param("a", commerce())
                .param("t", "达州市商务局关于开展2020年“双品网购节”活动的通知")
                .query(Long.class)
                .single();
        mvc.perform(get("/agencies/{a}", commerce()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本目录为演示数据")));
        mvc.perform(get("/agencies/{a}/items/{i}", commerce(), item))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本目录为演示数据")))
                .andExpect(content().string(containsString("达市商务发〔2020〕25号")));
    }

    @Test
    void searchingAcrossAgenciesByDateListsTheNewestFirst() throws Exception {
        String page = mvc.perform(get("/search").param("q", "雙品網購節").param("sort", "date"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int previous = -1;
        for (int year = 2026; year >= 2020; year--) {
            int at = page.indexOf("<span>" + year + "-04-2");
            assertThat(at).as("%s", year).isGreaterThan(previous);
            previous = at;
        }
    }
}
