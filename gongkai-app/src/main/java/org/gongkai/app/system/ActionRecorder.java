package org.gongkai.app.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gongkai.app.system.api.Actor;
import org.gongkai.app.system.api.RecordedAction;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of actions (操作记录) as a listener: every {@link RecordedAction} a module publishes is
 * written once, append-only, in the transaction of the change it describes, just before it commits. The
 * change and its record are one: a change that rolls back leaves no record, and a change whose record
 * cannot be written does not happen. An event published outside a transaction is recorded at once.
 *
 * <p>Why not after the commit, through the event publication registry: a listener after the commit runs
 * while the request still holds its connection, and both the registry's bookkeeping and a listener's
 * own transaction take a second one. With as many concurrent requests as the pool has connections,
 * every connection is then held by a thread waiting for another (the pool deadlocked under the load test
 * of online applications, {@code gongkai-bench/load-apply.py}). Writing in the transaction needs no
 * second connection and cannot lose a record (ADR 0006).
 *
 * <p>All text comes from message keys ({@link RecordedAction}): the summary sentence is resolved now,
 * in Simplified Chinese, because the record states what was true then; the fields of before and after
 * are kept as JSON of their formatted values, labelled by {@code field.<name>} when shown.
 */
@Component
class ActionRecorder {
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ActionValues values;
    private final JsonMapper json = JsonMapper.builder().build();

    ActionRecorder(JdbcClient jdbc, MessageSource messages, ActionValues values) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.values = values;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RecordedAction event) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Actor actor = event.actor();
        String actorName = actor.isSystem() ? messages.getMessage(Actor.SYSTEM, null, zh) : actor.name();
        Object[] args = event.summaryArguments().stream().map(values::format).toArray();
        String summary = messages.getMessage("action." + event.action() + ".summary", args, zh);
        String reason = event.reason();
        if (reason != null && reason.startsWith("reason.")) {
            reason = messages.getMessage(reason, null, zh);
        }
        jdbc.sql("""
                        INSERT INTO action_record (occurred_at, actor_id, actor_name, agency_id, client_address,
                            action, subject_type, subject_id, summary, before_state, after_state, reason)
                        VALUES (:at, :actorId, :actorName, :agencyId, :address, :action, :subjectType, :subjectId,
                            :summary, :before, :after, :reason)
                        """)
                .param("at", event.occurredAt())
                .param("actorId", actor.person() == null ? null : actor.person().value())
                .param("actorName", truncate(actorName, 100))
                .param(
                        "agencyId",
                        event.agency() == null ? null : event.agency().value())
                .param("address", actor.address())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("summary", truncate(summary, 500))
                .param("before", state(event.before()))
                .param("after", state(event.after()))
                .param("reason", truncate(reason, 1000))
                .update();
    }

    private String state(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        Map<String, String> shown = new LinkedHashMap<>();
        fields.forEach((name, value) -> shown.put(name, values.format(value)));
        return json.writeValueAsString(shown);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
