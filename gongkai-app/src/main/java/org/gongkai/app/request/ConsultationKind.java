package org.gongkai.app.request;

/** Whom a request's consultation asks; both pause the reply clock (条例第三十三条第三款). */
enum ConsultationKind {
    /** 第三十二条: a third party whose lawful rights disclosure may harm. */
    THIRD_PARTY,
    /** 第三十四条: another agency that made the information jointly. */
    OTHER_AGENCY
}
