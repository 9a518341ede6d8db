package org.gongkai.app.request;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The requests entry, for the disclosure office. */
@Component
class RequestNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.requests", "/office/requests", Permission.HANDLE_REQUESTS, 20));
    }
}
