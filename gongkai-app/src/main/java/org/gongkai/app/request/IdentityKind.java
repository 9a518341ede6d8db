package org.gongkai.app.request;

/** The identity document an applicant gives (条例第二十九条: 身份证明). */
enum IdentityKind {
    /** 居民身份证: the 公民身份号码, checked (GB 11643). */
    RESIDENT_ID,
    /** 统一社会信用代码, checked (GB 32100). */
    CREDIT_CODE,
    /** Another document (passport, 港澳居民来往内地通行证 …): its number, not checked. */
    OTHER
}
