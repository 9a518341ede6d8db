package org.gongkai.app.catalog.api;

import org.gongkai.app.system.api.RecordedAction;

/** An event about one catalog item: the record of actions files it under that item. */
public interface ItemEvent extends RecordedAction {
    CatalogItemId item();

    @Override
    default String subjectType() {
        return "catalogItem";
    }

    @Override
    default String subjectId() {
        return item().toString();
    }
}
