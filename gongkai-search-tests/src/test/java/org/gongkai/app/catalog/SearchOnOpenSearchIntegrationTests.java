package org.gongkai.app.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@link SearchIntegrationTests} on OpenSearch with outbox polling: the same pages and the same results,
 * but one highlight differs (below).
 */
@Import(OnOpenSearch.class)
@DirtiesContext
class SearchOnOpenSearchIntegrationTests extends SearchIntegrationTests {
    /**
     * On Lucene, SmartChineseAnalyzer cuts 行政许可 into the words 行政 and 许可, each marked; on OpenSearch the
     * cjk bigrams 行政, 政许, 许可 overlap and are marked as one run.
     */
    @Override
    @Test
    void aTraditionalQueryFindsSimplifiedTextWithTheWordsMarked() throws Exception {
        long id = publish(a, submitter, "关于行政许可事项清单的公告", "<p>本局公布行政许可事项清单，请社会监督。</p>");
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "行政許可"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/agencies/" + a.id() + "/items/" + id)))
                .andExpect(content().string(containsString("<mark>行政许可</mark>")))
                .andExpect(content().string(containsString("“行政許可”共找到1条公开信息。")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "许可 清单"))
                .andExpect(content().string(containsString("共找到1条")));
        mvc.perform(get("/agencies/{a}/search", a.id()).param("q", "许可 预算"))
                .andExpect(content().string(containsString("共找到0条")));
    }
}
