package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
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

    private final EntityManager entityManager;

    CatalogSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One item found, with its highlighted title and body fragment (escaped HTML, or empty). */
    record Hit(
            long id,
            long agencyId,
            String title,
            String indexNumber,
            LocalDate formedOn,
            LocalDate publishedOn,
            String titleHighlight,
            String bodyHighlight) {}

    /** A page of hits and how many there are in all. */
    record Results(List<Hit> hits, long total, int page, int pages) {}

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
        int pageNumber = Math.max(page, 1);
        SearchSession session = Search.session(entityManager);
        Set<String> variants = new LinkedHashSet<>();
        if (!q.isEmpty()) {
            variants.add(q);
            variants.add(ZhTwConverterUtil.toSimple(q));
        }
        SearchResult<Hit> result = session.search(CatalogItem.class)
                // the shown fields come from the index: no item is loaded from the database (loading the 20 was
                // most of what the search did after the query; gongkai-bench/README.md, catalog search)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("agencyId", Long.class),
                                f.field("title", String.class),
                                f.field("indexNumber", String.class),
                                f.field("formedOn", LocalDate.class),
                                f.field("publishedOn", LocalDate.class),
                                f.highlight("title"),
                                f.highlight("bodyText"))
                        .asList(CatalogSearch::hit))
                .where(f -> {
                    var anyVariant = f.bool();
                    for (String v : variants) {
                        anyVariant.should(f.simpleQueryString()
                                .fields("title", "summary", "bodyText", "attachments.text")
                                .matching(v)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    var where = f.bool().filter(f.match().field("state").matching(ItemState.PUBLISHED));
                    if (!q.isEmpty()) {
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
                    return where;
                })
                .sort(f -> filter.byDate()
                        ? f.field("publishedOn").desc().then().score()
                        : f.score().then().field("publishedOn").desc())
                // fast vector: reads the stored term vectors; the plain highlighter analysed each hit's title and
                // body again, which halved the searches a second (gongkai-bench/README.md, catalog search)
                .highlighter(h -> h.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(120)
                        .numberOfFragments(1))
                .fetch((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = result.total().hitCount();
        List<Hit> hits = result.hits().stream().filter(Objects::nonNull).toList();
        return new Results(hits, total, pageNumber, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /**
     * A hit from its projected fields, or null for a document indexed before these fields were stored (the
     * index is rebuilt at start then, {@link SearchIndex}; until it is, such a document is left out).
     */
    private static Hit hit(List<?> fields) {
        if (fields.get(1) == null) {
            return null;
        }
        List<?> title = (List<?>) fields.get(6);
        List<?> body = (List<?>) fields.get(7);
        return new Hit(
                (Long) fields.get(0),
                (Long) fields.get(1),
                (String) fields.get(2),
                (String) fields.get(3),
                (LocalDate) fields.get(4),
                (LocalDate) fields.get(5),
                title.isEmpty() ? "" : (String) title.get(0),
                body.isEmpty() ? "" : (String) body.get(0));
    }
}
