package org.gongkai.app.agency.api;

import java.util.List;
import java.util.Optional;
import org.gongkai.app.system.api.AgencyId;

/** The agencies, read by other modules (supervision, the catalog, and later the annual report). */
public interface AgencyDirectory {
    /** The agencies under the supervising office {@code office}, by name. */
    List<AgencySummary> supervisedBy(AgencyId office);

    /** Every agency of the platform (not the supervising offices), by name. */
    List<AgencySummary> all();

    /** The agency {@code id} (not a supervising office), or empty. */
    default Optional<AgencySummary> find(AgencyId id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
