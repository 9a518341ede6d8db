package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.app.PostgresAvailable;
import org.gongkai.app.agency.TestOrganisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Two application nodes on one PostgreSQL database and one OpenSearch node, as ADR 0004 item 4 runs them:
 * what is published, changed or withdrawn through node A is what node B finds a moment later, through the
 * outbox that both nodes' agents work off. Results are checked by hit count and id (never by loading the
 * items, which would hide a stale index behind the database).
 */
@ExtendWith(PostgresAvailable.class)
class TwoNodesSearchPostgresIntegrationTests {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static OpenSearchNode openSearch;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodes() {
        openSearch = OpenSearchNode.start();
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        // command-line arguments, as an operator would pass them: they win over application.properties
        return new SpringApplicationBuilder(GongkaiApplication.class)
                .profiles("test", "postgres")
                .run(
                        "--server.port=0",
                        "--gongkai.nodes=2",
                        "--gongkai.search.backend=opensearch",
                        "--gongkai.search.opensearch.uris=" + openSearch.uri(),
                        "--spring.main.banner-mode=off");
    }

    @Test
    void whatIsPublishedChangedAndWithdrawnThroughATurnsUpAndGoesThroughB() {
        JdbcTemplate jdbc = new JdbcTemplate(nodeA.getBean(DataSource.class));
        // the agents join in the background after the start, then share the shards out (a pulse or two):
        // wait for that, so that what is measured below is the outbox's delay, not the nodes' start
        await(
                "both nodes' outbox agents running, one of two shards each",
                () -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM hsearch_agent WHERE type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                                        + " AND state = 'RUNNING' AND total_shard_count = 2",
                                Long.class)
                        == 2);
        PortalFixture agency = new PortalFixture(nodeA, "两节点检索局" + TestOrganisation.unique());
        String before = "旧题戊检五" + TestOrganisation.unique();
        long id = agency.publish("工作动态", before + "关于两节点检索的通知", "<p>两节点检索正文己检六。</p>");

        long published = awaitOnB("己检六", agency, hits -> hits.equals(List.of(id)));
        System.out.printf("two nodes: published through A, found through B after %d ms%n", published);
        assertThat(idsOnB(before, agency)).containsExactly(id);

        // no use case changes a published item yet (corrections come later): its title and 内容概述 (the
        // fixture's summary repeats the title) are changed through JPA on node A, in a transaction of its
        // own, as a correction will
        String after = "新题庚检七" + TestOrganisation.unique();
        new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            CatalogItem item = nodeA.getBean(EntityManager.class).find(CatalogItem.class, id);
            ReflectionTestUtils.setField(item, "title", after + "关于两节点检索的通知");
            ReflectionTestUtils.setField(item, "summary", "更正后的内容概述");
        });
        long changed = awaitOnB(after, agency, hits -> hits.equals(List.of(id)));
        System.out.printf("two nodes: changed through A, changed on B after %d ms%n", changed);
        assertThat(idsOnB(before, agency))
                .as("the old title is no longer found")
                .isEmpty();

        ReasonForm reason = new ReasonForm();
        reason.setReason("内容有误");
        nodeA.getBean(WithdrawItem.class)
                .run(agency.office, id, reason, new BeanPropertyBindingResult(reason, "reason"));
        long withdrawn = awaitOnB("己检六", agency, List::isEmpty);
        System.out.printf("two nodes: withdrawn through A, gone from B after %d ms%n", withdrawn);
        assertThat(idsOnB(after, agency)).isEmpty();
        assertThat(nodeB.getBean(CatalogSearch.class)
                        .search("己检六", CatalogSearch.Filter.agency(agency.id()), 1)
                        .total())
                .isZero();
    }

    /** Waits until {@code condition} holds. */
    private static void await(String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("not yet after %s: %s", PATIENCE, what).isBefore(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Asks node B until its hits satisfy {@code expected}; how long that took, in milliseconds. */
    private static long awaitOnB(String query, PortalFixture agency, Predicate<List<Long>> expected) {
        Instant start = Instant.now();
        Instant until = start.plus(PATIENCE);
        List<Long> ids;
        while (!expected.test(ids = idsOnB(query, agency))) {
            assertThat(Instant.now())
                    .as("node B still finds %s for %s", ids, query)
                    .isBefore(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static List<Long> idsOnB(String query, PortalFixture agency) {
        CatalogSearch.Results results =
                nodeB.getBean(CatalogSearch.class).search(query, CatalogSearch.Filter.agency(agency.id()), 1);
        List<Long> ids = results.hits().stream().map(CatalogSearch.Hit::id).toList();
        assertThat(results.total()).as("hit count and hits agree").isEqualTo(ids.size());
        return ids;
    }
}
