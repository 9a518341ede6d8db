package org.gongkai.app.request.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.AgencyId;

/**
 * A member of the disclosure office opened an applicant's full contact details (everywhere else they are
 * masked), with the reason they gave. Nothing changed; the view itself is what the record keeps.
 */
public record ApplicantContactViewed(
        Actor actor, OffsetDateTime occurredAt, AgencyId agency, long request, String trackingNumber, String reason)
        implements RequestEvent {
    @Override
    public List<Object> summaryArguments() {
        return Arrays.asList(trackingNumber);
    }
}
