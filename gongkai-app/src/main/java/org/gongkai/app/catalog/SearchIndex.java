package org.gongkai.app.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the catalog's search index from the database when a node starts with an empty index and the
 * database has items (a new node, a deleted index folder). Items change in the index as they change in
 * the database, in the same transaction's aftermath (Hibernate Search's automatic indexing).
 */
@Component
class SearchIndex {
    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final PlatformTransactionManager transactions;

    SearchIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() throws InterruptedException {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        boolean empty = Boolean.TRUE.equals(readOnly.execute(tx -> Search.session(entityManager)
                        .search(CatalogItem.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()
                == 0));
        Long items = readOnly.execute(tx -> entityManager
                .createQuery("SELECT COUNT(i) FROM CatalogItem i", Long.class)
                .getSingleResult());
        if (empty && items != null && items > 0) {
            rebuild();
        }
    }

    /** Indexes every item again (outside any transaction: the mass indexer runs its own). */
    void rebuild() throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(CatalogItem.class)
                .massIndexer()
                .startAndWait();
    }
}
