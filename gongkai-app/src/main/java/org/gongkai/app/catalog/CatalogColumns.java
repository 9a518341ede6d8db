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

    /** The columns of that name, in every agency: the cross-agency search's column filter. */
    List<CatalogColumn> findByName(String name);

    /** The names of all columns, for the search filter. */
    @org.springframework.data.jpa.repository.Query("SELECT DISTINCT c.name FROM CatalogColumn c ORDER BY c.name")
    List<String> names();
}
