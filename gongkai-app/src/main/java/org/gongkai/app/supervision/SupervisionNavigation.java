package org.gongkai.app.supervision;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The supervision entry, for supervisors and the platform administrator. */
@Component
class SupervisionNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.supervision", "/supervision", Permission.SUPERVISE, 70));
    }
}
