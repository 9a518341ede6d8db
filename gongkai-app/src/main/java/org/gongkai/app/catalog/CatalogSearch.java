package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of published items (条例第二十四条: 检索、查阅、下载), of one agency or of all: the words
 * of the query in the title, 内容概述, body or attachments' text, all of them, best match first or newest first, narrowed by
 * agency, column, year of publication, 主题分类 and 有效性. Traditional queries find Simplified text
 * (行政許可 finds 行政许可): the analyzer folds characters ({@link ChineseAnalysis}), and the query is also
 * tried with Taiwan phrasing turned to the mainland's (資訊 → 信息). Highlights are HTML-escaped text
 * with {@code <mark>} around the words found, safe to show as markup.
 */
@Component
class CatalogSearch {
    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 100;

    /**
     * The deepest page shown: 1,000 hits, as web search engines stop too. Deeper pages cost every shard a
     * longer list (and could be asked for with any number); a visitor narrows the query instead.
     */
    static final int MAX_PAGES = 50;

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final ShardSearches shardSearches;
    private final SearchIndex index;
    private final Set<String> shards;

    CatalogSearch(
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            ShardSearches shardSearches,
            SearchIndex index,
            SearchProperties properties) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.shardSearches = shardSearches;
        this.index = index;
        this.shards = properties.backend() == SearchProperties.Backend.LUCENE && properties.shards() > 1
                ? IdShards.names(properties.shards())
                : Set.of();
    }

    /**
     * One item found, with its title's words of the query marked ({@link TitleMarks}) and a fragment of its text
     * with them marked by the index's highlighter (both escaped HTML, or empty).
     */
    record Hit(
            long id,
            long agencyId,
            String title,
            String indexNumber,
            LocalDate formedOn,
            LocalDate publishedOn,
            String titleHighlight,
            String bodyHighlight) {}

    /**
     * A page of hits and how many there are in all; {@code pages} stops at {@link #MAX_PAGES}.
     */
    record Results(List<Hit> hits, long total, int page, int pages) {
        /** Whether more hits were found than the pages can show. */
        public boolean capped() {
            return total > (long) MAX_PAGES * PAGE_SIZE;
        }
    }

    /**
     * What narrows a search; null (or empty) means any.
     *
     * @param columnIds the columns (of any agency) an item must be in, e.g. every column named 政策文件
     * @param byDate newest publication first instead of best match first
     */
    record Filter(
            Long agencyId, Collection<Long> columnIds, Integer year, String topic, Validity validity, boolean byDate) {
        static Filter agency(long agencyId) {
            return new Filter(agencyId, null, null, null, null, false);
        }
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Results search(long agencyId, String query, int page) {
        return search(query, Filter.agency(agencyId), page);
    }

    // SUPPORTS: a session for the search, but no transaction of its own, which would take a database connection
    // to mark it read-only; nothing here reads the database
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Results search(String query, Filter filter, int page) {
        String q = query.strip();
        int pageNumber = Math.min(Math.max(page, 1), MAX_PAGES);
        Set<String> variants = new LinkedHashSet<>();
        if (!q.isEmpty()) {
            variants.add(q);
            variants.add(ZhTwConverterUtil.toSimple(q));
        }
        SearchScope<CatalogItem> scope = Search.mapping(entityManagerFactory).scope(CatalogItem.class);
        SearchPredicate where = where(scope.predicate(), variants, filter, !index.holdsOnlyPublished());
        SearchSort order = filter.byDate()
                ? scope.sort().field("publishedOn").desc().then().score().toSort()
                : scope.sort().score().then().field("publishedOn").desc().toSort();
        int offset = (pageNumber - 1) * PAGE_SIZE;
        TitleMarks marks = new TitleMarks(variants);
        Supplier<Results> whole = () -> {
            SearchResult<Hit> result = fetch(
                    Search.session(entityManager),
                    shownFields(scope.projection()),
                    where,
                    order,
                    null,
                    offset,
                    PAGE_SIZE);
            return results(result.hits(), result.total().hitCount(), pageNumber, marks);
        };
        if (shards.isEmpty()) {
            return whole.get();
        }
        return shardSearches.whenCoresIdle(
                shards.size(), () -> gathered(scope, where, order, filter.byDate(), offset, pageNumber, marks), whole);
    }

    /**
     * The words of any variant in title, 内容概述, body or attachments, and the filter; published items only, by a
     * filter on the state unless the index holds nothing else ({@link SearchIndex#holdsOnlyPublished}).
     */
    private static SearchPredicate where(
            SearchPredicateFactory f, Set<String> variants, Filter filter, boolean publishedOnly) {
        var anyVariant = f.bool();
        for (String v : variants) {
            anyVariant.should(f.simpleQueryString().fields("text").matching(v).defaultOperator(BooleanOperator.AND));
        }
        var where = f.bool();
        if (publishedOnly) {
            where.filter(f.match().field("state").matching(ItemState.PUBLISHED));
        }
        if (variants.isEmpty()) {
            where.must(f.matchAll());
        } else {
            where.must(anyVariant);
        }
        if (filter.agencyId() != null) {
            where.filter(f.match().field("agencyId").matching(filter.agencyId()));
        }
        if (filter.columnIds() != null) {
            where.filter(f.terms().field("columnId").matchingAny(List.copyOf(filter.columnIds())));
        }
        if (filter.year() != null) {
            where.filter(f.range()
                    .field("publishedOn")
                    .between(LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            where.filter(f.match().field("topic").matching(filter.topic()));
        }
        if (filter.validity() != null) {
            where.filter(f.match().field("validity").matching(filter.validity()));
        }
        return where.toPredicate();
    }

    /**
     * The shown fields of a hit, from the index: no item is loaded from the database (loading the 20 was most of
     * what the search did after the query; gongkai-bench/README.md, catalog search).
     */
    private static SearchProjection<Hit> shownFields(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.id(Long.class),
                        f.field("agencyId", Long.class),
                        f.field("title", String.class),
                        f.field("indexNumber", String.class),
                        f.field("formedOn", LocalDate.class),
                        f.field("publishedOn", LocalDate.class),
                        f.highlight("text"))
                .asList(CatalogSearch::hit)
                .toProjection();
    }

    /**
     * {@code limit} hits from {@code offset}, of {@code shard} only unless it is null, and how many there are. The
     * count is exact: counting only up to the pages' end (Lucene then skips blocks that cannot reach the first
     * page) made the three-word queries slower on the benchmark's index (gongkai-bench/README.md).
     */
    private static <P> SearchResult<P> fetch(
            SearchSession session,
            SearchProjection<P> select,
            SearchPredicate where,
            SearchSort order,
            String shard,
            int offset,
            int limit) {
        return session.search(CatalogItem.class)
                .select(select)
                .where(where)
                .sort(order)
                // fast vector: reads the stored term vectors; the plain highlighter analysed each hit's title and
                // body again, which halved the searches a second (gongkai-bench/README.md, catalog search)
                .highlighter(h -> h.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(120)
                        .numberOfFragments(1))
                .routing(shard == null ? Set.of() : Set.of(shard))
                .fetch(offset, limit);
    }

    /**
     * The page from every shard at once ({@link IdShards}), merged as one index would have ordered it (scores are
     * each shard's own, from nearly equal statistics; {@link ShardPages}). A query matching most of a large catalog
     * costs each core its share (gongkai-bench/README.md, catalog search).
     */
    private Results gathered(
            SearchScope<CatalogItem> scope,
            SearchPredicate where,
            SearchSort order,
            boolean byDate,
            int offset,
            int pageNumber,
            TitleMarks marks) {
        SearchProjectionFactory<?, ?> p = scope.projection();
        SearchProjection<ShardPages.Found> found = ShardPages.ranking(p, byDate, offset, shownFields(p));
        List<Callable<SearchResult<ShardPages.Found>>> perShard = new ArrayList<>();
        for (String shard : shards) {
            perShard.add(() -> {
                try (EntityManager own = entityManagerFactory.createEntityManager()) {
                    return fetch(Search.session(own), found, where, order, shard, 0, offset + PAGE_SIZE);
                }
            });
        }
        long total = 0;
        List<ShardPages.Found> ranked = new ArrayList<>();
        for (SearchResult<ShardPages.Found> r : shardSearches.each(perShard)) {
            total += r.total().hitCount();
            ranked.addAll(r.hits());
        }
        List<Hit> page = ShardPages.page(ranked, byDate, offset, ids -> shown(scope, where, order, ids));
        return results(page, total, pageNumber, marks);
    }

    /** What the items {@code ids} show, found by the search's own predicate (for its highlights), by id. */
    private Map<Long, Hit> shown(
            SearchScope<CatalogItem> scope, SearchPredicate where, SearchSort order, List<Long> ids) {
        SearchPredicateFactory f = scope.predicate();
        SearchPredicate onPage =
                f.bool().must(where).filter(f.id().matchingAny(ids)).toPredicate();
        Map<Long, Hit> shown = new HashMap<>();
        for (Hit h : fetch(
                        Search.session(entityManager),
                        shownFields(scope.projection()),
                        onPage,
                        order,
                        null,
                        0,
                        ids.size())
                .hits()) {
            if (h != null) {
                shown.put(h.id(), h);
            }
        }
        return shown;
    }

    private static Results results(List<Hit> hits, long total, int pageNumber, TitleMarks marks) {
        int pages = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Hit> marked = hits.stream()
                .filter(Objects::nonNull)
                .map(h -> new Hit(
                        h.id(),
                        h.agencyId(),
                        h.title(),
                        h.indexNumber(),
                        h.formedOn(),
                        h.publishedOn(),
                        marks.mark(h.title()),
                        h.bodyHighlight()))
                .toList();
        return new Results(marked, total, pageNumber, pages);
    }

    /**
     * A hit from its projected fields, or null for a document indexed before these fields were stored (the
     * index is rebuilt at start then, {@link SearchIndex}; until it is, such a document is left out).
     */
    private static Hit hit(List<?> fields) {
        if (fields.get(1) == null) {
            return null;
        }
        List<?> text = (List<?>) fields.get(6);
        return new Hit(
                (Long) fields.get(0),
                (Long) fields.get(1),
                (String) fields.get(2),
                (String) fields.get(3),
                (LocalDate) fields.get(4),
                (LocalDate) fields.get(5),
                "",
                text.isEmpty() ? "" : (String) text.get(0));
    }
}
