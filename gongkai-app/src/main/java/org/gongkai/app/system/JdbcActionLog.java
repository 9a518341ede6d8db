package org.gongkai.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the record of actions with plain SQL; there is no update or delete path (and a trigger). */
@Component
class JdbcActionLog implements ActionLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcActionLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String subjectType,
            Object subjectId,
            Long agencyId,
            String summary,
            String before,
            String after,
            String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actorName = "系统";
        if (auth != null && auth.getPrincipal() instanceof GongkaiUser user) {
            actorId = user.personId();
            actorName = user.displayName() + "（" + user.getUsername() + "）";
        } else if (auth != null && auth.isAuthenticated() && auth.getName() != null) {
            actorName = auth.getName();
        }
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_id, actor_name, agency_id, client_address,
                            action, subject_type, subject_id, summary, before_state, after_state, reason)
                        VALUES (:at, :actorId, :actorName, :agencyId, :address, :action, :subjectType, :subjectId,
                            :summary, :before, :after, :reason)
                        """)
                .param("at", OffsetDateTime.now(clock))
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("agencyId", agencyId)
                .param("address", clientAddress())
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId == null ? null : subjectId.toString())
                .param("summary", summary)
                .param("before", before)
                .param("after", after)
                .param("reason", reason)
                .update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
