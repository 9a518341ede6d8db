package org.gongkai.app.system.api;

import java.util.List;

/** A module's entries in the office navigation (the shell collects every such bean). */
public interface NavigationEntries {
    List<NavigationEntry> entries();
}
