package org.gongkai.app.agency.api;

import java.util.List;
import org.gongkai.app.system.api.AgencyId;

/** The agencies, read by other modules (supervision, and later the catalog and the annual report). */
public interface AgencyDirectory {
    /** The agencies under the supervising office {@code office}, by name. */
    List<AgencySummary> supervisedBy(AgencyId office);

    /** Every agency of the platform (not the supervising offices), by name. */
    List<AgencySummary> all();
}
