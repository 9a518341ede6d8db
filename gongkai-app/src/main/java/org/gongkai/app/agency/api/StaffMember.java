package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.PersonId;

/** A person of an agency as another module names them: 姓名（用户名）. */
public record StaffMember(PersonId id, String displayName, String username) {
    /** How records name them, as {@code Actor} does: 姓名（用户名）. */
    public String label() {
        return displayName + "（" + username + "）";
    }
}
