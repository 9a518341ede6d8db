package org.gongkai.app.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Catalog columns, always read within one agency. */
interface CatalogColumns extends ListCrudRepository<CatalogColumn, Long> {
    List<CatalogColumn> findByAgencyIdOrderByPositionAscIdAsc(Long agencyId);

    Optional<CatalogColumn> findByIdAndAgencyId(Long id, Long agencyId);

    boolean existsByAgencyIdAndParentIdAndName(Long agencyId, Long parentId, String name);

    boolean existsByAgencyIdAndParentIdIsNullAndName(Long agencyId, String name);

    long countByAgencyId(Long agencyId);
}
