package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Hibernate Search settings each backend gets, and the refusal of Lucene on several nodes (ADR 0004). */
class SearchConfigurationTests {
    static final SearchProperties.OpenSearch CLUSTER = new SearchProperties.OpenSearch(
            List.of(URI.create("https://search-1.example:9200"), URI.create("https://search-2.example:9200")),
            null,
            null);

    @Test
    void oneNodeSearchesItsOwnLuceneIndex() {
        var settings = SearchConfiguration.settings(
                new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER), 1);
        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry(
                        "hibernate.search.backend.directory.root",
                        Path.of("data/index").toAbsolutePath().toString())
                .doesNotContainKey("hibernate.search.coordination.strategy");
        assertThat(settings.get("hibernate.search.backend.analysis.configurer"))
                .isInstanceOf(ChineseAnalysis.Configurer.class);
    }

    @Test
    void luceneOnSeveralNodesRefusesToStart() {
        assertThatThrownBy(() -> SearchConfiguration.settings(
                        new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongkai.nodes=2")
                .hasMessageContaining("gongkai.search.backend=opensearch");
    }

    @Test
    void openSearchGetsTheClusterTheOutboxAndCredentialsWhenGiven() {
        var settings = SearchConfiguration.settings(
                new SearchProperties(Path.of("data/index"), SearchProperties.Backend.OPENSEARCH, CLUSTER), 3);
        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry(
                        "hibernate.search.backend.uris", "https://search-1.example:9200,https://search-2.example:9200")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .doesNotContainKey("hibernate.search.backend.username");
        assertThat(settings.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(OpenSearchAnalysis.class);

        var secured = SearchConfiguration.settings(
                new SearchProperties(
                        Path.of("data/index"),
                        SearchProperties.Backend.OPENSEARCH,
                        new SearchProperties.OpenSearch(CLUSTER.uris(), "gongkai", "s3cret")),
                1);
        assertThat(secured)
                .containsEntry("hibernate.search.backend.username", "gongkai")
                .containsEntry("hibernate.search.backend.password", "s3cret");
    }
}
