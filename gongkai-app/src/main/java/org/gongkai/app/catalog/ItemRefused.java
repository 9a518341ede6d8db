package org.gongkai.app.catalog;

/**
 * {@link CatalogItem} refused a move: the reason (message {@code itemRefused.<NAME>}, whose argument is
 * the Chinese name of the state the item is in).
 */
class ItemRefused extends RuntimeException {
    /** Why a move was refused. */
    enum Reason {
        /** Only the author changes or submits an item. */
        NOT_AUTHOR,
        /** The item is not a draft or returned. */
        NOT_EDITABLE,
        /** The item waits at no review step. */
        NOT_IN_REVIEW,
        /** The person may not take the step the item waits at. */
        NOT_YOUR_STEP,
        /** Nobody passes or returns what they submitted themselves. */
        OWN_SUBMISSION,
        /** The agency applies no review step. */
        NO_STEPS,
        /** Only a published item is withdrawn, by the disclosure office. */
        NOT_WITHDRAWABLE,
        /** Only a published item is corrected, one correction at a time. */
        NOT_CORRECTABLE,
        /** Only a published 规范性文件 in force is repealed or expires, on a day not before its publication. */
        NOT_REPEALABLE
    }

    private final Reason reason;
    private final ItemState state;

    ItemRefused(Reason reason, ItemState state) {
        super(reason + " (" + state + ")");
        this.reason = reason;
        this.state = state;
    }

    Reason reason() {
        return reason;
    }

    ItemState state() {
        return state;
    }
}
