package org.gongkai.app.appeal.api;

import org.gongkai.app.system.api.RecordedAction;

/** An event about one appeal: its subject is the case ({@code subject.appeal}). */
public interface AppealEvent extends RecordedAction {
    /** The appeal's id. */
    long appeal();

    @Override
    default String subjectType() {
        return "appeal";
    }

    @Override
    default String subjectId() {
        return Long.toString(appeal());
    }
}
