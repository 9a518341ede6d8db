package org.gongkai.app.request.api;

import org.gongkai.app.system.api.RecordedAction;

/**
 * A step in the life of an application for disclosure: the request it is about, by id and tracking number.
 * The sentence of each ({@code action.<Event>.summary}) begins with the tracking number.
 */
public interface RequestEvent extends RecordedAction {
    long request();

    String trackingNumber();

    @Override
    default String subjectType() {
        return "disclosureRequest";
    }

    @Override
    default String subjectId() {
        return Long.toString(request());
    }
}
