package org.gongkai.app.catalog;

import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@link ChineseAnalysis#ANALYZER} analyzer on an OpenSearch cluster. OpenSearch ships no Chinese word
 * segmenter (the {@code analysis-smartcn} plugin is not installed on a stock cluster), so words are cut as
 * its built-in {@code cjk} analyzer cuts them: overlapping pairs of characters (行政许可 → 行政 政许 许可),
 * after the same Traditional-to-Simplified fold as on Lucene, done by a {@code mapping} character filter
 * whose rules are {@link ChineseAnalysis#foldings()} (one character for one, so offsets and highlights stay
 * in place). What that changes for queries: docs/adr/0008-search-on-opensearch.md.
 */
final class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {
    static final String FOLD = "traditional_to_simplified";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        List<String> rules = ChineseAnalysis.foldings();
        context.charFilter(FOLD).type("mapping").param("mappings", rules.toArray(String[]::new));
        // the cjk analyzer's chain (standard tokenizer, cjk_width, lowercase, cjk_bigram, English stop words)
        // with the fold in front
        context.analyzer(ChineseAnalysis.ANALYZER)
                .custom()
                .tokenizer("standard")
                .charFilters(FOLD)
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram", "stop");
    }
}
