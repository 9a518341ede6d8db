package org.gongkai.app.catalog.api;

/**
 * The steps of the 三审 chain an item passes between submission (供稿) and publication, in this order;
 * an agency chooses which of them apply (at least one). Each is taken by the holder of one permission
 * and never by the person who submitted the item. The Chinese name is the message {@code step.<NAME>}.
 */
public enum ReviewStep {
    /** 办公室审核: the disclosure office checks content and metadata (条例第四条). */
    OFFICE_REVIEW,
    /** 保密审查: nothing secret or private is released (条例第十七条). */
    CONFIDENTIALITY_REVIEW,
    /** 领导审批: a leader signs the publication off. */
    LEADER_APPROVAL
}
