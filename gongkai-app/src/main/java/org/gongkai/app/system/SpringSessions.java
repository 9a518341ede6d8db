package org.gongkai.app.system;

import jakarta.servlet.http.HttpSession;
import org.gongkai.app.system.api.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link Sessions} on Spring Session's JDBC repository, which indexes sessions by the principal's name
 * (the username). A deleted session is gone for every node: its next request is anonymous.
 */
@Component
class SpringSessions implements Sessions {
    private static final Logger log = LoggerFactory.getLogger(SpringSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    SpringSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    @Override
    public int endAll(String username, boolean keepCurrent) {
        String current = keepCurrent ? currentSessionId() : null;
        int ended = 0;
        for (String id : repository.findByPrincipalName(username).keySet()) {
            if (!id.equals(current)) {
                repository.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {}", ended, username);
        }
        return ended;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
