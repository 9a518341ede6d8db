package org.gongkai.app.agency;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The agency module's entries: departments and people for agency administrators, agencies for the platform. */
@Component
class AgencyNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.departments", "/office/departments", Permission.MANAGE_AGENCY, 10),
                new NavigationEntry("nav.people", "/office/people", Permission.MANAGE_AGENCY, 11),
                new NavigationEntry("nav.agencies", "/office/platform/agencies", Permission.ADMINISTER_PLATFORM, 91));
    }
}
