package org.gongkai.app.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

/** Requests, always read within one agency. */
interface DisclosureRequests extends ListCrudRepository<DisclosureRequest, Long> {
    List<DisclosureRequest> findByAgencyIdOrderByDueOnAscIdAsc(Long agencyId);

    Optional<DisclosureRequest> findByIdAndAgencyId(Long id, Long agencyId);

    /** The same, with its timeline loaded (the request's page). */
    @EntityGraph(attributePaths = "steps")
    Optional<DisclosureRequest> findWithStepsByIdAndAgencyId(Long id, Long agencyId);

    boolean existsByTrackingNumber(String trackingNumber);

    /** The request of a tracking number (unique across the platform), for the applicant's own look-up. */
    Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber);

    /** Those of an agency whose clock runs and whose due day is on or before {@code day}. */
    List<DisclosureRequest> findByAgencyIdAndStateInAndDueOnLessThanEqualOrderByDueOnAsc(
            Long agencyId, Collection<RequestState> states, LocalDate day);

    /** The requests of a state whose waiting period ({@code clarificationDueOn} or {@code paymentDueOn}) ended. */
    List<DisclosureRequest> findByStateAndClarificationDueOnBefore(RequestState state, LocalDate day);

    List<DisclosureRequest> findByStateAndPaymentDueOnBefore(RequestState state, LocalDate day);

    /** Open requests whose stored due day falls in or after {@code from} (a holiday notice of that year changes it). */
    List<DisclosureRequest> findByStateInAndDueOnGreaterThanEqual(Collection<RequestState> states, LocalDate from);

    /** Requests waiting for a payment due in or after {@code from}. */
    List<DisclosureRequest> findByStateAndPaymentDueOnGreaterThanEqual(RequestState state, LocalDate from);

    /** An agency's requests concluded between two days (the table-3 statistics of a year). */
    List<DisclosureRequest> findByAgencyIdAndConcludedOnBetween(Long agencyId, LocalDate from, LocalDate to);

    /** An agency's requests abandoned on or after {@code day} (the office's notice of lapses). */
    long countByAgencyIdAndStateInAndConcludedOnGreaterThanEqual(
            Long agencyId, Collection<RequestState> states, LocalDate day);

    /** The applicant's earlier applications of a month to this agency (按件 fee). */
    long countByAgencyIdAndApplicantIdentityHashAndReceivedOnBetweenAndIdLessThan(
            Long agencyId, String identityHash, LocalDate from, LocalDate to, Long id);

    /** The applicant's earlier applications of a month to any agency (按件 fee, platform-wide count). */
    long countByApplicantIdentityHashAndReceivedOnBetweenAndIdLessThan(
            String identityHash, LocalDate from, LocalDate to, Long id);
}
