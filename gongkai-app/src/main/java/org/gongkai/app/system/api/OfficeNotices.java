package org.gongkai.app.system.api;

import java.util.List;

/**
 * A module's notices on the office home (overdue work, missing data): the shell collects every such
 * bean and shows what each says to the signed-in person.
 */
public interface OfficeNotices {
    List<OfficeNotice> noticesFor(GongkaiUser user);
}
