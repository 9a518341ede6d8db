package org.gongkai.app.request;

/**
 * How an application came in, which fixes its legal receipt date (收到申请之日, 条例第三十一条); the form
 * tells staff, per channel, which date to enter.
 */
enum Channel {
    /** 互联网渠道 (the platform's own form): the day both sides confirmed it. */
    ONLINE,
    /** 当面提交: the day it was handed in. */
    IN_PERSON,
    /** 邮寄，需签收: the day the agency signed for it. */
    MAIL_SIGNED,
    /** 平常信函: the day the office confirmed it with the applicant (on the day it arrived). */
    MAIL_UNSIGNED,
    /** 传真: the day both sides confirmed it. */
    FAX,
    /** 电子邮件 (数据电文): the day both sides confirmed it. */
    EMAIL
}
