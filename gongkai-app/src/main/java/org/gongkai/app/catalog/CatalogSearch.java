package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of an agency's published items (条例第二十四条: 检索、查阅、下载): the words of the query
 * in the title, 内容概述 or body, all of them, best match first. Traditional queries find Simplified text
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
            String titleHighlight,
            String bodyHighlight) {}

    /** A page of hits and how many there are in all. */
    record Results(List<Hit> hits, long total, int page, int pages) {}

    @Transactional(readOnly = true)
    Results search(long agencyId, String query, int page) {
        String q = query.strip();
        int pageNumber = Math.max(page, 1);
        SearchSession session = Search.session(entityManager);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(q);
        variants.add(ZhTwConverterUtil.toSimple(q));
        SearchResult<Hit> result = session.search(CatalogItem.class)
                .select(f -> f.composite()
                        .from(f.entity(), f.highlight("title"), f.highlight("bodyText"))
                        .as((item, title, body) -> new Hit(
                                item.id(),
                                item.agencyId(),
                                item.title(),
                                item.indexNumber(),
                                item.formedOn(),
                                title.isEmpty() ? "" : title.get(0),
                                body.isEmpty() ? "" : body.get(0))))
                .where(f -> {
                    var anyVariant = f.bool();
                    for (String v : variants) {
                        anyVariant.should(f.simpleQueryString()
                                .fields("title", "summary", "bodyText")
                                .matching(v)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    return f.bool()
                            .must(anyVariant)
                            .filter(f.match().field("state").matching(ItemState.PUBLISHED))
                            .filter(f.match().field("agencyId").matching(agencyId));
                })
                .highlighter(h -> h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(120)
                        .numberOfFragments(1))
                .fetch((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = result.total().hitCount();
        return new Results(result.hits(), total, pageNumber, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
    }
}
