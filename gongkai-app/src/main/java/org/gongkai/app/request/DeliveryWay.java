package org.gongkai.app.request;

/** How the applicant wants to get the information (条例第二十九条第二款第三项: 获取信息的方式、途径). */
enum DeliveryWay {
    /** 邮寄: needs the postal address. */
    POST,
    /** 电子邮件: needs the e-mail address. */
    EMAIL,
    /** 自行领取 */
    COLLECT,
    /** 当场查阅、抄录 */
    INSPECT;

    /** Whether this way needs a postal address. */
    boolean needsAddress() {
        return this == POST;
    }

    /** Whether this way needs an e-mail address. */
    boolean needsEmail() {
        return this == EMAIL;
    }
}
