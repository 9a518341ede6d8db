package org.gongkai.app.catalog;

import org.gongkai.app.catalog.api.ReviewStep;

/**
 * Where an item is between its author's draft and the public (style.md habit 4): {@link CatalogItem}
 * moves it, and refuses any other move. The Chinese name is the message {@code itemState.<NAME>}.
 */
enum ItemState {
    /** 草稿: its author is writing it; nobody else sees it. */
    DRAFT,
    /** 已退回: a reviewer sent it back with a reason; its author changes and submits it again. */
    RETURNED,
    /** 待办公室审核: submitted (供稿), waiting for the disclosure office. */
    OFFICE_REVIEW,
    /** 待保密审查: waiting for the confidentiality review (条例第十七条). */
    CONFIDENTIALITY_REVIEW,
    /** 待领导审批: waiting for the leader's approval. */
    LEADER_APPROVAL,
    /** 已发布: proactively disclosed (主动公开) on the portal, with its 索引号. */
    PUBLISHED,
    /** 已撤回: taken down with a reason; its page says so, its 索引号 is never reused. */
    WITHDRAWN;

    /**
     * The states of a submitted item not yet published, which the disclosure office sees while the
     * 条例第二十六条 clock runs (a draft is its author's alone).
     */
    static final java.util.Set<ItemState> SUBMITTED_UNPUBLISHED =
            java.util.EnumSet.of(RETURNED, OFFICE_REVIEW, CONFIDENTIALITY_REVIEW, LEADER_APPROVAL);

    /** The review step this state waits at, or null. */
    ReviewStep step() {
        return switch (this) {
            case OFFICE_REVIEW -> ReviewStep.OFFICE_REVIEW;
            case CONFIDENTIALITY_REVIEW -> ReviewStep.CONFIDENTIALITY_REVIEW;
            case LEADER_APPROVAL -> ReviewStep.LEADER_APPROVAL;
            default -> null;
        };
    }

    static ItemState waitingAt(ReviewStep step) {
        return switch (step) {
            case OFFICE_REVIEW -> OFFICE_REVIEW;
            case CONFIDENTIALITY_REVIEW -> CONFIDENTIALITY_REVIEW;
            case LEADER_APPROVAL -> LEADER_APPROVAL;
        };
    }

    /** Whether its author may still change it. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
