package org.gongkai.app.calendar;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The calendar's entry: holiday notices, for the platform administrator. */
@Component
class CalendarNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.calendar", "/office/platform/calendar", Permission.ADMINISTER_PLATFORM, 90));
    }
}
