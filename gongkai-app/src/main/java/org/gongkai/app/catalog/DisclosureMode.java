package org.gongkai.app.catalog;

/** 公开方式 (domain-spec §6.2); message {@code disclosureMode.<NAME>}. */
enum DisclosureMode {
    /** 主动公开 (条例第十九条). */
    PROACTIVE,
    /** 依申请公开: published after an application (条例第四十四条 lets an agency publish it for all). */
    ON_REQUEST
}
