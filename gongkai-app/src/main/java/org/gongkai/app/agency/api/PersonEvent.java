package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.PersonId;
import org.gongkai.app.system.api.RecordedAction;

/** An event about one person: the record of actions files it under that person. */
public interface PersonEvent extends RecordedAction {
    PersonId person();

    default String subjectType() {
        return "person";
    }

    default String subjectId() {
        return person().toString();
    }
}
