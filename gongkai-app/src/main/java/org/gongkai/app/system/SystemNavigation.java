package org.gongkai.app.system;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The shell's own entries: the office home, the record of actions, the person's own page. */
@Component
class SystemNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.home", "/office", Permission.USE_OFFICE, 0),
                new NavigationEntry("nav.actions", "/office/actions", Permission.READ_ACTION_RECORD, 80),
                new NavigationEntry("nav.me", "/office/me", Permission.USE_OFFICE, 100));
    }
}
