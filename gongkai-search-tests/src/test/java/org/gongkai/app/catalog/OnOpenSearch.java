package org.gongkai.app.catalog;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Puts a test context's search on a fresh OpenSearch node of its own, with the production settings:
 * {@code gongkai.search.backend=opensearch}, outbox polling. The node closes with the context (declare
 * {@code @DirtiesContext} on the class, so that it is one node per test class).
 *
 * <p>With the outbox, an item is searchable a moment after its transaction commits, not at once. The
 * catalog's search tests publish and then ask a page, so every MockMvc request here first waits until
 * the outbox is empty (the agents sent every change) and refreshes the index ({@link #awaitIndexed}).
 */
@TestConfiguration(proxyBeanMethods = false)
class OnOpenSearch {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    OpenSearchNode openSearchNode() {
        return OpenSearchNode.start();
    }

    /**
     * The node's address and, on H2, an in-memory database of the context's own: the context closes after
     * its class, and a later context that opened the same in-memory database again failed its check
     * constraints ("The database has been closed", H2 2.4).
     */
    @Bean
    DynamicPropertyRegistrar openSearchProperties(OpenSearchNode node, Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        return registry -> {
            registry.add("gongkai.search.backend", () -> "opensearch");
            registry.add("gongkai.search.opensearch.uris", node::uri);
            if (url.startsWith("jdbc:h2:mem:")) {
                String own = "jdbc:h2:mem:gongkai-opensearch-" + UUID.randomUUID() + url.substring(url.indexOf(';'));
                registry.add("spring.datasource.url", () -> own);
            }
        };
    }

    @Bean
    MockMvcBuilderCustomizer awaitIndexedBeforeEachRequest(JdbcTemplate jdbc, EntityManagerFactory emf) {
        Filter awaitIndexed = (request, response, chain) -> {
            awaitIndexed(jdbc, emf);
            chain.doFilter(request, response);
        };
        return builder -> builder.addFilters(awaitIndexed);
    }

    /**
     * Waits until no event is left in the outbox (each was sent to OpenSearch, then deleted), then makes
     * what was sent visible to searches at once instead of at OpenSearch's next periodic refresh.
     */
    static void awaitIndexed(JdbcTemplate jdbc, EntityManagerFactory emf) {
        Instant until = Instant.now().plus(PATIENCE);
        Long left;
        while ((left = jdbc.queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Long.class)) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(left + " search index events still in the outbox after " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Search.mapping(emf).scope(Object.class).workspace().refresh();
    }
}
