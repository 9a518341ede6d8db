package org.gongkai.app.system;

import java.util.Comparator;
import java.util.List;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shell of every page needs: the navigation entries the signed-in person may use, in order
 * (none while they must still change an initial password, none for visitors). Modules offer entries
 * as {@link NavigationEntries} beans; templates never name a role.
 */
@ControllerAdvice
class ShellModel {
    private final List<NavigationEntry> entries;

    ShellModel(ObjectProvider<NavigationEntries> modules) {
        this.entries = modules.orderedStream()
                .flatMap(m -> m.entries().stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof GongkaiUser user) || user.mustChangePassword()) {
            return List.of();
        }
        return entriesFor(user);
    }

    /** The entries {@code user} may use, in order. */
    List<NavigationEntry> entriesFor(GongkaiUser user) {
        return entries.stream().filter(e -> user.may(e.permission())).toList();
    }
}
