package org.gongkai.app.request.api;

import java.util.Optional;
import org.gongkai.app.system.api.AgencyId;

/**
 * An agency's applications for disclosure, read by other modules (the appeals that name a request, and
 * later the annual report): always within one agency, and only as a {@link RequestSummary}, never the
 * request itself.
 */
public interface RequestDirectory {
    /** The request {@code id} of {@code agency}, or empty (also when it belongs to another agency). */
    Optional<RequestSummary> find(AgencyId agency, long id);

    /** The request of {@code agency} with this tracking number (受理编号), or empty. */
    Optional<RequestSummary> findByTrackingNumber(AgencyId agency, String trackingNumber);
}
