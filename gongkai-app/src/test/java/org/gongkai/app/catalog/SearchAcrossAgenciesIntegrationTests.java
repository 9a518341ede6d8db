package org.gongkai.app.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.gongkai.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /search}: every agency's published items, Traditional folded to Simplified, narrowed by agency,
 * column, year, 主题分类 and 有效性, best match or newest first, highlights escaped.
 */
@IntegrationTest
class SearchAcrossAgenciesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    java.time.Clock clock;

    PortalFixture a;
    PortalFixture b;

    @BeforeEach
    void twoAgencies() {
        a = new PortalFixture(context, "检索甲局");
        b = new PortalFixture(context, "检索乙局");
    }

    @Test
    void aTraditionalQueryFindsItemsOfEveryAgencyWithTheAgencyNamed() throws Exception {
        long ofA = a.publish("行政许可", "关于行政许可事项清单的公告", "<p>甲局公布行政许可事项清单，编号甲跨检一。</p>");
        long ofB = b.publish("行政许可", "乙局行政许可办理结果", "<p>乙局行政许可办理结果，编号甲跨检一。</p>");
        mvc.perform(get("/search").param("q", "行政許可 甲跨檢一"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共找到2条公开信息")))
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/items/" + ofA + "\"")))
                .andExpect(content().string(containsString("/agencies/" + b.id() + "/items/" + ofB + "\"")))
                .andExpect(content().string(containsString(a.agency.name())))
                .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/search").param("q", "行政許可 甲跨檢一").param("agency", Long.toString(b.id())))
                .andExpect(content().string(containsString("共找到1条公开信息")))
                .andExpect(content().string(not(containsString("/items/" + ofA + "\""))));
    }

    @Test
    void filtersByColumnTopicValidityAndYear() throws Exception {
        long policy = a.publish(a.draft("政策文件", "筛选测试乙检二办法", "<p>乙检二</p>", "综合政务\\政务公开", "IN_FORCE", null));
        long repealed = a.publish(a.draft("政策文件", "筛选测试乙检二旧办法", "<p>乙检二</p>", "综合政务\\政务公开", "REPEALED", "2026-11-30"));
        long news = b.publish(b.draft("工作动态", "筛选测试乙检二动态", "<p>乙检二</p>", "商贸、海关、旅游\\国内贸易（含供销）", "IN_FORCE", null));
        mvc.perform(get("/search").param("q", "乙检二").param("column", "政策文件"))
                .andExpect(content().string(containsString("共找到2条")))
                .andExpect(content().string(not(containsString("/items/" + news + "\""))));
        mvc.perform(get("/search").param("q", "乙检二").param("topic", "商贸、海关、旅游\\国内贸易（含供销）"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("/items/" + news + "\"")));
        mvc.perform(get("/search").param("q", "乙检二").param("validity", "REPEALED"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(containsString("/items/" + repealed + "\"")));
        mvc.perform(get("/search").param("q", "乙检二").param("year", "2019"))
                .andExpect(content().string(containsString("共找到0条")));
        mvc.perform(get("/search")
                        .param("q", "乙检二")
                        .param(
                                "year",
                                // the platform's year (Asia/Shanghai), not the test JVM's: on 31 December after
                                // 16:00 UTC the two differ
                                Integer.toString(java.time.LocalDate.now(clock).getYear())))
                .andExpect(content().string(containsString("共找到3条")))
                .andExpect(content().string(containsString("/items/" + policy + "\"")));
        mvc.perform(get("/search").param("q", "乙检二").param("column", "没有这个栏目"))
                .andExpect(content().string(containsString("共找到0条")));
    }

    @Test
    void relevanceRanksTheItemAboutTheWordsFirstAndTheFormKeepsTheChosenOrder() throws Exception {
        long first = a.publish("工作动态", "丙检三 丙检三 丙检三 标题", "<p>丙检三 丙检三 丙检三</p>");
        long second = a.publish("工作动态", "其他标题", "<p>附带提到丙检三。</p>");
        String byRelevance = page("/search?q=丙检三");
        Assertions.assertThat(byRelevance.indexOf("/items/" + first + "\""))
                .isPositive()
                .isLessThan(byRelevance.indexOf("/items/" + second + "\""));
        Assertions.assertThat(page("/search?q=丙检三&sort=date")).contains("value=\"date\" checked");
    }

    @Test
    void pagesOfHitsFromEveryShardFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        Set<Long> published = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            published.add(
                    i % 2 == 0
                            ? a.publish("工作动态", "戊检五通报第" + i + "期", "<p>戊检五" + " 戊检五".repeat(i % 4) + "</p>")
                            : b.publish("工作动态", "第" + i + "期工作情况", "<p>提到戊检五。</p>"));
        }
        for (String sort : List.of("relevance", "date")) {
            // spread over the shards (this search alone), and in one query (every core busy with other searches)
            for (boolean busy : List.of(false, true)) {
                String first =
                        busy ? whileEveryCoreIsBusy("/search?q=戊检五&sort=" + sort) : page("/search?q=戊检五&sort=" + sort);
                String second = busy
                        ? whileEveryCoreIsBusy("/search?q=戊检五&sort=" + sort + "&page=2")
                        : page("/search?q=戊检五&sort=" + sort + "&page=2");
                Assertions.assertThat(first).contains("共找到23条").contains("第1页，共2页");
                List<Long> ids = new ArrayList<>(itemIds(first));
                Assertions.assertThat(ids).hasSize(20);
                ids.addAll(itemIds(second));
                Assertions.assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
            }
        }
        // the deepest page is the 50th, whatever is asked
        Assertions.assertThat(page("/search?q=戊检五&page=2147483647")).contains("共找到23条");
    }

    /**
     * The page as shown while as many searches as there are cores are running: each level below counts as one
     * search running ({@link ShardSearches#whenCoresIdle}), so the page's own search is not split over shards.
     */
    private String whileEveryCoreIsBusy(String url) {
        return busy(context.getBean(ShardSearches.class), Runtime.getRuntime().availableProcessors(), url);
    }

    private String busy(ShardSearches searches, int levels, String url) {
        if (levels == 0) {
            try {
                return page(url);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return searches.whenCoresIdle(1, () -> busy(searches, levels - 1, url), () -> busy(searches, levels - 1, url));
    }

    private static List<Long> itemIds(String page) {
        List<Long> ids = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/agencies/\\d+/items/(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void highlightsAreEscapedAndAnEmptyFormFindsNothing() throws Exception {
        a.publish("工作动态", "<img src=x onerror=alert(1)>丁检四", "<p>丁检四<script>alert(2)</script></p>");
        mvc.perform(get("/search").param("q", "丁检四"))
                .andExpect(content().string(containsString("共找到1条")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;img")));
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("共找到"))));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
