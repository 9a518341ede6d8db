package org.gongkai.app.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Attachments of catalog items, always read within one item of one agency. */
interface ItemAttachments extends ListCrudRepository<ItemAttachment, Long> {
    List<ItemAttachment> findByItemIdAndAgencyIdOrderByIdAsc(Long itemId, Long agencyId);

    Optional<ItemAttachment> findByIdAndItemIdAndAgencyId(Long id, Long itemId, Long agencyId);

    long countBySha256(String sha256);
}
