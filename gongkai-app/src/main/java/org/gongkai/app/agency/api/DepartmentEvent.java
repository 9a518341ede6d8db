package org.gongkai.app.agency.api;

import org.gongkai.app.system.api.RecordedAction;

/** An event about one department: the record of actions files it under that department. */
public interface DepartmentEvent extends RecordedAction {
    DepartmentId department();

    default String subjectType() {
        return "department";
    }

    default String subjectId() {
        return department().toString();
    }
}
