package org.gongkai.app.catalog;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The catalog's entries: its items for whoever writes or reviews them, its columns for the administrator. */
@Component
class CatalogNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.catalog.items", "/office/catalog/items", Permission.USE_CATALOG, 20),
                new NavigationEntry("nav.catalog.register", "/office/catalog/register", Permission.USE_CATALOG, 21),
                new NavigationEntry("nav.catalog.columns", "/office/catalog/columns", Permission.MANAGE_CATALOG, 45));
    }
}
