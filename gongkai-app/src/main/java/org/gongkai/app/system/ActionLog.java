package org.gongkai.app.system;

/**
 * The record of actions (操作记录): every state change anywhere in the platform is written here once,
 * append-only, with actor, time, client address, what changed and why (style.md habit 7). Modules
 * call {@link #record} in the same transaction as the change.
 */
public interface ActionLog {

    /**
     * Records one action by the current person (or the system when nobody is signed in).
     *
     * @param action what was done, a stable verb-object code, e.g. {@code CREATE_DEPARTMENT}
     * @param subjectType the kind of thing changed, e.g. {@code Department}
     * @param subjectId its id, may be null
     * @param agencyId the agency whose data changed (scopes who may read the record), may be null
     * @param summary a Chinese sentence a person reads in the log
     * @param before the state before (JSON or text), may be null
     * @param after the state after, may be null
     * @param reason why, as the actor gave it, may be null
     */
    void record(
            String action,
            String subjectType,
            Object subjectId,
            Long agencyId,
            String summary,
            String before,
            String after,
            String reason);
}
