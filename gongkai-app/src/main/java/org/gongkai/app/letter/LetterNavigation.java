package org.gongkai.app.letter;

import java.util.List;
import org.gongkai.app.system.api.NavigationEntries;
import org.gongkai.app.system.api.NavigationEntry;
import org.gongkai.app.system.api.Permission;
import org.springframework.stereotype.Component;

/** The letter templates, for the agency administrator and the disclosure office. */
@Component
class LetterNavigation implements NavigationEntries {
    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry(
                "nav.letters.templates", "/office/letters/templates", Permission.MANAGE_LETTER_TEMPLATES, 50));
    }
}
