package org.gongkai.app.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Catalog items, always read within one agency. */
interface CatalogItems extends ListCrudRepository<CatalogItem, Long> {
    Optional<CatalogItem> findByIdAndAgencyId(Long id, Long agencyId);

    List<CatalogItem> findTop100ByAgencyIdAndAuthorIdOrderByUpdatedAtDesc(Long agencyId, Long authorId);

    List<CatalogItem> findTop200ByAgencyIdAndStateInOrderByUpdatedAtAsc(Long agencyId, Collection<ItemState> states);

    List<CatalogItem> findTop50ByAgencyIdAndStateInOrderByUpdatedAtDesc(Long agencyId, Collection<ItemState> states);

    /** The open correction (更正) of a published item, if one is in the chain. */
    Optional<CatalogItem> findFirstByAgencyIdAndCorrectsItemId(Long agencyId, Long correctsItemId);

    /** The register of 规范性文件: an agency's items of the given 体裁分类 in one state, newest 生成日期 first. */
    List<CatalogItem> findTop500ByAgencyIdAndStateAndGenreInOrderByFormedOnDescIdDesc(
            Long agencyId, ItemState state, Collection<String> genres);

    long countByAgencyIdAndAuthorIdAndState(Long agencyId, Long authorId, ItemState state);

    /** A column's items in one state, newest publication first: the portal's pages. */
    Page<CatalogItem> findByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
            Long agencyId, Long columnId, ItemState state, Pageable page);

    List<CatalogItem> findTop10ByAgencyIdAndStateOrderByPublishedOnDescIdDesc(Long agencyId, ItemState state);

    long countByAgencyIdAndColumnIdAndState(Long agencyId, Long columnId, ItemState state);

    boolean existsByColumnId(Long columnId);

    /** Items still to be published whose 条例第二十六条 deadline is {@code until} or earlier, most urgent first. */
    List<CatalogItem> findTop100ByAgencyIdAndStateInAndPublishDeadlineLessThanEqualOrderByPublishDeadlineAsc(
            Long agencyId, Collection<ItemState> states, java.time.LocalDate until);

    /** A column's newest items in one state: the portal's home page. */
    List<CatalogItem> findTop5ByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
            Long agencyId, Long columnId, ItemState state);

    /** A column's newest published items: its RSS feed. */
    List<CatalogItem> findTop20ByAgencyIdAndColumnIdAndStateOrderByPublishedOnDescIdDesc(
            Long agencyId, Long columnId, ItemState state);

    /**
     * An agency's published items, newest first, in one column or all ({@code allColumns}), published
     * between {@code from} and {@code until} (inclusive): the JSON API.
     */
    @Query("""
            SELECT i FROM CatalogItem i
            WHERE i.agencyId = :agency AND i.state = org.gongkai.app.catalog.ItemState.PUBLISHED
              AND (:allColumns = TRUE OR i.columnId = :column)
              AND i.publishedOn >= :from AND i.publishedOn <= :until
            ORDER BY i.publishedOn DESC, i.id DESC""")
    Page<CatalogItem> published(
            Long agency,
            boolean allColumns,
            long column,
            java.time.LocalDate from,
            java.time.LocalDate until,
            Pageable page);

    /** Every published item as the sitemap lists it: agency, id, date. */
    @Query("""
            SELECT new org.gongkai.app.catalog.CatalogItems$Published(i.agencyId, i.id, i.publishedOn)
            FROM CatalogItem i WHERE i.state = org.gongkai.app.catalog.ItemState.PUBLISHED
            ORDER BY i.agencyId, i.id""")
    List<Published> allPublished(Pageable page);

    /** An item in the sitemap. */
    record Published(Long agencyId, Long id, java.time.LocalDate publishedOn) {}

    /** The 主题分类 of published items, for the search filter. */
    @Query("""
            SELECT DISTINCT i.topic FROM CatalogItem i
            WHERE i.state = org.gongkai.app.catalog.ItemState.PUBLISHED AND i.topic IS NOT NULL ORDER BY i.topic""")
    List<String> publishedTopics();

    /** The years in which items were published, for the search filter. */
    @Query("""
            SELECT DISTINCT EXTRACT(YEAR FROM i.publishedOn) FROM CatalogItem i
            WHERE i.state = org.gongkai.app.catalog.ItemState.PUBLISHED""")
    List<Integer> publishedYears();
}
