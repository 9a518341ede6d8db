package org.gongkai.app.appeal;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The appeals entry, for the disclosure office (who handles requests handles the cases about them). */
@Component
class AppealNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.appeals", "/office/appeals", Permission.HANDLE_REQUESTS, 25));
    }
}
