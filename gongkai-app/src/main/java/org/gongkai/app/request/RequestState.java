package org.gongkai.app.request;

/** Where a request stands in the law's procedure (domain-spec §1.6); each constant says what it means. */
enum RequestState {
    /** 已受理: received (条例第三十一条); the 20-working-day clock of 第三十三条 runs. */
    IN_PROCESS,
    /** 补正中: the applicant was asked, once, to complete the request (第三十条); the clock waits for the corrected request. */
    AWAITING_CLARIFICATION,
    /** 征求意见中: a third party (第三十二条) or another agency (第三十四条) is consulted; the clock is paused. */
    CONSULTING,
    /** 待缴费: a fee notice was sent (国办函〔2020〕109号); the applicant has 20 working days to pay. */
    AWAITING_PAYMENT,
    /** 已答复: the reply was issued (第三十六条); its outcome is the request's table-3 cell. */
    ANSWERED,
    /** 视为放弃（未补正）: the correction period ended without a correction (第三十条; 2021 table 3 （六）1). */
    ABANDONED_NO_CLARIFICATION,
    /** 视为放弃（未缴费）: the payment period ended unpaid (2021 table 3 （六）2). */
    ABANDONED_NO_PAYMENT;

    /** Whether the request is concluded (answered or abandoned). */
    boolean concluded() {
        return this == ANSWERED || this == ABANDONED_NO_CLARIFICATION || this == ABANDONED_NO_PAYMENT;
    }
}
