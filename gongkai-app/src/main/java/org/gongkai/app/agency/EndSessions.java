package org.gongkai.app.agency;

import org.gongkai.app.agency.api.PersonChanged;
import org.gongkai.app.agency.api.SessionsEnding;
import org.gongkai.app.system.api.Sessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's open sessions once a change that limits them has committed: disabled, a role taken
 * away, password reset or changed, locked ({@link SessionsEnding}). What a person may do is read when
 * they sign in and kept in their session, so without this a demoted or disabled person would keep
 * their powers until the session expired. The event publication registry delivers the event again at
 * the next start if this failed.
 */
@Component
class EndSessions {
    private final Sessions sessions;

    EndSessions(Sessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(SessionsEnding change) {
        sessions.endAll(change.username(), change.keepsActorSession());
    }

    @TransactionalEventListener
    void on(PersonChanged change) {
        if (change.rolesTakenAway()) {
            sessions.endAll(change.username(), false);
        }
    }
}
