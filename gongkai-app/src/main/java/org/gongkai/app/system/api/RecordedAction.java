package org.gongkai.app.system.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A past-tense domain event that the record of actions keeps (style.md habit 7). Every state change
 * publishes one, in the transaction that makes the change; the record of actions is a listener of
 * them, and the event publication registry keeps an event until each listener has handled it, so an
 * action whose recording failed is recorded at the next start.
 *
 * <p>How it reads: the action's name is the message {@code action.<EventName>} (e.g. {@code
 * action.PersonCreated=新增人员}), its sentence {@code action.<EventName>.summary} with {@link
 * #summaryArguments()}; the kind of subject is {@code subject.<subjectType>}; the fields of {@link
 * #before()} and {@link #after()} are labelled by {@code field.<name>}. No Chinese is written in Java.
 */
public interface RecordedAction {

    /** Who did it. */
    Actor actor();

    /** When, in the platform's clock. */
    OffsetDateTime occurredAt();

    /** The agency whose data changed (it scopes who may read the record); null for the platform's own. */
    AgencyId agency();

    /** The kind of thing changed, a message-key suffix: {@code person}, {@code department}, … */
    String subjectType();

    /** The id of the thing changed, or null. */
    String subjectId();

    /** The arguments of the sentence {@code action.<EventName>.summary}. */
    List<Object> summaryArguments();

    /** The fields as they were; empty when the thing is new. Values are codes or plain text, never Chinese prose. */
    default Map<String, Object> before() {
        return Map.of();
    }

    /** The fields as they are now. */
    default Map<String, Object> after() {
        return Map.of();
    }

    /** Why, as the actor gave it; a message key when it starts with {@code reason.}; null when no reason was asked. */
    default String reason() {
        return null;
    }

    /** The stable action code: the event's name. */
    default String action() {
        return getClass().getSimpleName();
    }
}
