package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the search benchmark ({@link SearchBenchmark}): {@link CatalogSearch}'s query (same predicate, filter
 * and sort, copied here) through Hibernate Search, but projecting ids only — no highlights, no items loaded
 * from the database. Between raw Lucene and the application's search, it shows what Hibernate Search's query
 * costs and what highlighting and loading cost.
 */
final class BenchIdsOnly implements BenchTimings.Engine {
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    BenchIdsOnly(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public long search(String query) {
        Long total = readOnly.execute(tx -> {
            Set<String> variants = new LinkedHashSet<>();
            variants.add(query);
            variants.add(ZhTwConverterUtil.toSimple(query));
            return Search.session(entityManager)
                    .search(CatalogItem.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> {
                        var anyVariant = f.bool();
                        for (String v : variants) {
                            anyVariant.should(f.simpleQueryString()
                                    .fields("text")
                                    .matching(v)
                                    .defaultOperator(BooleanOperator.AND));
                        }
                        // as the application: the index holds published items only (SearchIndex.holdsOnlyPublished)
                        return f.bool().must(anyVariant);
                    })
                    .sort(f -> f.score().then().field("publishedOn").desc())
                    .fetch(0, CatalogSearch.PAGE_SIZE)
                    .total()
                    .hitCount();
        });
        return total == null ? 0 : total;
    }
}
