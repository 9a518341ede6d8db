package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.PersonId;

/**
 * A change after which a person's open sessions must end, on every node: they were disabled, lost a
 * role, had their password reset or changed, or were locked. The session they changed their own
 * password in is kept ({@link #keepsActorSession()}).
 */
public interface SessionsEnding {
    /** The person whose sessions end. */
    PersonId person();

    /** Their username: sessions are found by it. */
    String username();

    /** Whether the actor's own session stays (the person changed their own password in it). */
    default boolean keepsActorSession() {
        return false;
    }
}
