package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.gongkai.app.IntegrationTest;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.catalog.api.ReviewStep;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 索引号 are unique and gap-free per agency and year (domain-spec §6.2), even when several leaders
 * publish at the same moment: the counter row is locked ({@code FOR UPDATE}) in the publishing
 * transaction. Its PostgreSQL twin is the proof that counts: real concurrent transactions on the
 * production engine.
 */
@IntegrationTest
class IndexNumbersIntegrationTests {
    static final int LEADERS = 4;
    static final int ITEMS_EACH = 6;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogItems items;

    @Autowired
    OpenCatalog openCatalog;

    @Autowired
    CatalogColumns columns;

    @Autowired
    PassItem passItem;

    @Autowired
    PlatformTransactionManager transactions;

    String code;
    TestOrganisation.AgencyRef agency;
    GongkaiUser author;
    List<GongkaiUser> leaders;
    long column;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(context);
        code = TestOrganisation.freshCreditCode();
        agency = org.agencyWithCode("索引号局", code);
        author = org.person(agency, "index-author", Role.SUBMITTER).principal();
        leaders = IntStream.range(0, LEADERS)
                .mapToObj(i -> org.person(agency, "index-leader" + i, Role.APPROVING_LEADER)
                        .principal())
                .toList();
        openCatalog.open(agency.agencyId());
        column = columns.findByAgencyIdOrderByPositionAscIdAsc(agency.id())
                .get(0)
                .id();
    }

    @Test
    void concurrentPublicationsGetUniqueGapFreeNumbers() throws Exception {
        List<Long> waiting = IntStream.range(0, LEADERS * ITEMS_EACH)
                .mapToObj(i -> waitingForTheLeader("并发发布" + i))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(LEADERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int l = 0; l < LEADERS; l++) {
                GongkaiUser leader = leaders.get(l);
                List<Long> mine = waiting.subList(l * ITEMS_EACH, (l + 1) * ITEMS_EACH);
                done.add(pool.submit(() -> {
                    start.await();
                    for (long id : mine) {
                        assertThat(passItem.run(leader, id)).isNull();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        String year = Integer.toString(LocalDate.now().getYear());
        List<String> numbers = waiting.stream()
                .map(id -> items.findById(id).orElseThrow().indexNumber())
                .sorted()
                .toList();
        List<String> expected = IntStream.rangeClosed(1, LEADERS * ITEMS_EACH)
                .mapToObj(n -> code + "/" + year + "-" + String.format("%05d", n))
                .toList();
        assertThat(numbers).containsExactlyElementsOf(expected);
    }

    @Test
    void aPublicationThatRollsBackGivesItsNumberBack() {
        long first = waitingForTheLeader("回滚的发布");
        long second = waitingForTheLeader("下一次发布");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            passItem.run(leaders.get(0), first);
            assertThat(items.findById(first).orElseThrow().indexNumber()).endsWith("-00001");
            status.setRollbackOnly();
        });
        assertThat(items.findById(first).orElseThrow().indexNumber()).isNull();
        passItem.run(leaders.get(0), second);
        assertThat(items.findById(second).orElseThrow().indexNumber())
                .isEqualTo(code + "/" + LocalDate.now().getYear() + "-00001");
    }

    private long waitingForTheLeader(String title) {
        return new TransactionTemplate(transactions).execute(status -> {
            CatalogItem item = new CatalogItem(
                    agency.id(),
                    author.personId(),
                    new ItemContent(
                            column,
                            title,
                            null,
                            "索引号局",
                            LocalDate.now(),
                            null,
                            null,
                            null,
                            Validity.IN_FORCE,
                            null,
                            DisclosureMode.PROACTIVE,
                            "<p>正文</p>"),
                    OffsetDateTime.now());
            item.submit(author, EnumSet.of(ReviewStep.LEADER_APPROVAL), OffsetDateTime.now());
            return items.save(item).id();
        });
    }
}
