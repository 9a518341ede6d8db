package org.gongkai.app.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** Catalog items, always read within one agency. */
interface CatalogItems extends ListCrudRepository<CatalogItem, Long> {
    Optional<CatalogItem> findByIdAndAgencyId(Long id, Long agencyId);

    List<CatalogItem> findTop100ByAgencyIdAndAuthorIdOrderByUpdatedAtDesc(Long agencyId, Long authorId);

    List<CatalogItem> findTop200ByAgencyIdAndStateInOrderByUpdatedAtAsc(Long agencyId, Collection<ItemState> states);

    List<CatalogItem> findTop50ByAgencyIdAndStateInOrderByUpdatedAtDesc(Long agencyId, Collection<ItemState> states);

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
}
