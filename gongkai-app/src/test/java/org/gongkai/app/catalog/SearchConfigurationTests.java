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
                new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER, 2), 1);
        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry(
                        "hibernate.search.backend.directory.root",
                        Path.of("data/index").toAbsolutePath().toString())
                .doesNotContainKey("hibernate.search.coordination.strategy");
        assertThat(settings.get("hibernate.search.backend.analysis.configurer"))
                .isInstanceOf(ChineseAnalysis.Configurer.class);
        assertThat(settings.get("hibernate.search.backend.sharding.strategy")).isInstanceOf(IdShards.class);
        assertThat(SearchConfiguration.settings(
                        new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER, 1), 1))
                .doesNotContainKey("hibernate.search.backend.sharding.strategy");
    }

    @Test
    void anItemLivesInTheShardOfItsIdAndAQueryReachesTheShardItNames() {
        IdShards shards = new IdShards(3);
        assertThat(IdShards.names(3)).containsExactly("0", "1", "2");
        assertThat(shards.toShardIdentifier("7", null)).isEqualTo("1");
        assertThat(shards.toShardIdentifier("9", null)).isEqualTo("0");
        assertThat(shards.toShardIdentifiers(java.util.Set.of("2"))).containsExactly("2");
        assertThatThrownBy(() -> shards.toShardIdentifiers(java.util.Set.of("3")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchProperties(Path.of("i"), SearchProperties.Backend.LUCENE, CLUSTER, 0))
                .hasMessageContaining("gongkai.search.shards=0");
    }

    @Test
    void luceneOnSeveralNodesRefusesToStart() {
        assertThatThrownBy(() -> SearchConfiguration.settings(
                        new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER, 2), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongkai.nodes=2")
                .hasMessageContaining("gongkai.search.backend=opensearch");
    }

    @Test
    void openSearchGetsTheClusterTheOutboxAndCredentialsWhenGiven() {
        var settings = SearchConfiguration.settings(
                new SearchProperties(Path.of("data/index"), SearchProperties.Backend.OPENSEARCH, CLUSTER, 2), 3);
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
                        new SearchProperties.OpenSearch(CLUSTER.uris(), "gongkai", "s3cret"),
                        2),
                1);
        assertThat(secured)
                .containsEntry("hibernate.search.backend.username", "gongkai")
                .containsEntry("hibernate.search.backend.password", "s3cret");
    }

    @Test
    void aSearchIsSplitOverShardsOnlyWhileItFindsACoreForEachPart() {
        ShardSearches searches = new ShardSearches(
                new SearchProperties(Path.of("data/index"), SearchProperties.Backend.LUCENE, CLUSTER, 2));
        try {
            int cores = Runtime.getRuntime().availableProcessors();
            assertThat(searches.whenCoresIdle(cores, () -> "split", () -> "whole"))
                    .isEqualTo("split");
            assertThat(searches.whenCoresIdle(cores + 1, () -> "split", () -> "whole"))
                    .isEqualTo("whole");
            // a second search running beside the first: together they would need twice the cores
            assertThat(searches.whenCoresIdle(
                            cores, () -> searches.whenCoresIdle(cores, () -> "split", () -> "whole"), () -> "outer"))
                    .isEqualTo("whole");
            // and once both are done, the count is back to none
            assertThat(searches.whenCoresIdle(cores, () -> "split", () -> "whole"))
                    .isEqualTo("split");
            assertThatThrownBy(() -> searches.whenCoresIdle(
                            1,
                            () -> {
                                throw new IllegalStateException("search failed");
                            },
                            () -> "whole"))
                    .hasMessage("search failed");
            assertThat(searches.whenCoresIdle(cores, () -> "split", () -> "whole"))
                    .isEqualTo("split");
        } finally {
            searches.destroy();
        }
    }
}
