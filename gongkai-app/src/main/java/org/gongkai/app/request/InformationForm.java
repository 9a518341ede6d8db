package org.gongkai.app.request;

/** The form the applicant wants the information in (条例第二十九条第二款第三项, 第四十条). */
enum InformationForm {
    /** 纸质文本 */
    PAPER,
    /** 电子文件 */
    ELECTRONIC,
    /** 其他（查阅、抄录等） */
    OTHER
}
