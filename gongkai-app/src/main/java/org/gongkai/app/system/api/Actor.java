package org.gongkai.app.system.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, as the record of actions keeps it: a signed-in person, or the platform itself
 * (demo data, scheduled jobs, the lockout that follows failed sign-ins), and the client address of the
 * request it came from. Taken when the event is made, so a listener that runs later still knows.
 *
 * @param person the person, or null for the platform
 * @param name how the record shows them: 姓名（用户名）, or the message key {@link #SYSTEM} for the platform
 * @param address the client address, or null outside a request
 */
public record Actor(PersonId person, String name, String address) {
    /** The message key the record shows for the platform's own actions. */
    public static final String SYSTEM = "actor.system";

    /** The signed-in person of the current request. */
    public static Actor of(GongkaiUser user) {
        return new Actor(
                new PersonId(user.personId()), user.displayName() + "（" + user.getUsername() + "）", clientAddress());
    }

    /** The platform itself, from the current request's address if there is one. */
    public static Actor system() {
        return new Actor(null, SYSTEM, clientAddress());
    }

    /** Whether this is the platform rather than a person. */
    public boolean isSystem() {
        return person == null;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
