package org.gongkai.app.catalog;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search on the catalog's items, one mapping on either backend of {@link SearchProperties}: the
 * embedded Lucene index with {@link ChineseAnalysis}, or an OpenSearch cluster with {@link OpenSearchAnalysis}
 * and outbox-polling coordination (ADR 0004 item 4, ADR 0008). The analysis configurers are handed over as
 * instances so that neither class has to be public.
 *
 * <p>Refuses to start with the Lucene backend when {@code gongkai.nodes} says several nodes share the
 * database: each would search only the changes made through itself (ADR 0004 item 4).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
    @Bean
    HibernatePropertiesCustomizer catalogSearchProperties(
            SearchProperties search, @Value("${gongkai.nodes:1}") int nodes) {
        Map<String, Object> settings = settings(search, nodes);
        return properties -> properties.putAll(settings);
    }

    /** The Hibernate Search settings for {@code search} on {@code nodes} application nodes. */
    static Map<String, Object> settings(SearchProperties search, int nodes) {
        if (search.backend() == SearchProperties.Backend.LUCENE) {
            if (nodes > 1) {
                throw new IllegalStateException("gongkai.nodes=" + nodes
                        + " but gongkai.search.backend=lucene: an embedded Lucene index sees only the changes made"
                        + " through its own node. Several nodes need gongkai.search.backend=opensearch and"
                        + " gongkai.search.opensearch.uris (docs/adr/0008-search-on-opensearch.md)");
            }
            Map<String, Object> settings = new HashMap<>();
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put(
                    "hibernate.search.backend.directory.root",
                    search.indexDirectory().toAbsolutePath().toString());
            settings.put("hibernate.search.backend.analysis.configurer", new ChineseAnalysis.Configurer());
            // MB of documents buffered before a segment is written (Lucene's default 16): fewer, larger
            // segments to merge when every item is indexed again (gongkai-bench/README.md, mass indexing)
            settings.put("hibernate.search.backend.io.writer.ram_buffer_size", "64");
            if (search.shards() > 1) {
                // searched in parallel by CatalogSearch (gongkai-bench/README.md, catalog search)
                settings.put("hibernate.search.backend.sharding.strategy", new IdShards(search.shards()));
            }
            return Map.copyOf(settings);
        }
        SearchProperties.OpenSearch cluster = search.opensearch();
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.type", "elasticsearch");
        settings.put(
                "hibernate.search.backend.uris",
                cluster.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
        settings.put("hibernate.search.backend.analysis.configurer", new OpenSearchAnalysis());
        settings.put("hibernate.search.coordination.strategy", "outbox-polling");
        if (cluster.username() != null && !cluster.username().isBlank()) {
            settings.put("hibernate.search.backend.username", cluster.username());
            settings.put("hibernate.search.backend.password", cluster.password() == null ? "" : cluster.password());
        }
        return Map.copyOf(settings);
    }
}
