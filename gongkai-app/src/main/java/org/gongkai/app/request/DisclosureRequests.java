package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Requests, always read within one agency. */
interface DisclosureRequests extends ListCrudRepository<DisclosureRequest, Long> {
    List<DisclosureRequest> findByAgencyIdOrderByDueOnAscIdAsc(Long agencyId);

    Optional<DisclosureRequest> findByIdAndAgencyId(Long id, Long agencyId);

    boolean existsByTrackingNumber(String trackingNumber);

    /** The request of a tracking number (unique across the platform), for the applicant's own look-up. */
    Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber);

    /** Those of an agency whose clock runs and whose due day is on or before {@code day}. */
    List<DisclosureRequest> findByAgencyIdAndStateInAndDueOnLessThanEqualOrderByDueOnAsc(
            Long agencyId, Collection<RequestState> states, LocalDate day);
}
