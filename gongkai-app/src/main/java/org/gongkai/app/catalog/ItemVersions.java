package org.gongkai.app.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The superseded versions of published items, always read within one item of one agency. */
interface ItemVersions extends ListCrudRepository<ItemVersion, Long> {
    List<ItemVersion> findByItemIdAndAgencyIdOrderByVersionNumberDesc(Long itemId, Long agencyId);

    Optional<ItemVersion> findByItemIdAndAgencyIdAndVersionNumber(Long itemId, Long agencyId, int versionNumber);
}
