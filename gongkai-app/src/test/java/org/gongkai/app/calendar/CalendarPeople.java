package org.gongkai.app.calendar;

import java.util.Set;
import org.gongkai.app.system.api.GongkaiUser;
import org.gongkai.app.system.api.Role;

/** Object mother: the people who meet the calendar in tests. */
final class CalendarPeople {
    private CalendarPeople() {}

    /** A platform administrator (平台管理员), signed in with a changed password. */
    static GongkaiUser platformAdmin() {
        return person(9001, "calendar-admin", "日历管理员", Role.PLATFORM_ADMIN);
    }

    /** An agency administrator: may not load notices. */
    static GongkaiUser agencyAdmin() {
        return person(9002, "calendar-agency-admin", "机关管理员乙", Role.AGENCY_ADMIN);
    }

    private static GongkaiUser person(long id, String username, String name, Role role) {
        return new GongkaiUser(id, 1, false, username, name, "", Set.of(role), false, false, true);
    }
}
