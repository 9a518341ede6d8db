package org.gongkai.app.letter.api;

/**
 * The kinds of letter the disclosure office sends (domain-spec §1.4, the documents of S21), each with the article
 * of 《中华人民共和国政府信息公开条例》 (or of 国办函〔2020〕109号) its default text cites. The replies
 * ({@link #isReply()}) are the answers of 条例第三十五至三十九条 by the outcome groups of the annual report; each tells
 * the applicant of 行政复议 and 行政诉讼 (条例第五十一条). Chinese names: messages {@code letterKind.<NAME>}.
 */
public enum LetterKind {
    /** 受理回执: the application was received (条例第三十一条). */
    RECEIPT(false),
    /** 补正告知书: what to complete, once and comprehensively, and by when (条例第三十条). */
    CLARIFICATION_NOTICE(false),
    /** 延期答复告知书: the reply period is extended, at most 20 working days (条例第三十三条第二款). */
    EXTENSION_NOTICE(false),
    /** 征求意见函 to a third party whose rights disclosure may harm (条例第三十二条). */
    THIRD_PARTY_CONSULTATION(false),
    /** 征求意见函 to another agency that made the information jointly (条例第三十四条). */
    AGENCY_CONSULTATION(false),
    /** 收费通知书: the information processing fee, its basis, amount and how to pay (国办函〔2020〕109号). */
    FEE_NOTICE(false),
    /** 予以公开: the information is provided, or how to obtain it (条例第三十六条第（一）（二）项). */
    GRANTED(true),
    /** 部分公开: the separable part is provided, the rest withheld with reasons (条例第三十七条). */
    PARTIALLY_GRANTED(true),
    /** 不予公开, with the ground and the article it rests on (条例第十四至十六条、第三十六条第（三）项). */
    WITHHELD(true),
    /** 无法提供 — 本机关不掌握相关政府信息 (条例第三十六条第（四）（五）项). */
    UNAVAILABLE_NOT_HELD(true),
    /** 无法提供 — 没有现成信息需要另行制作 (条例第三十八条). */
    UNAVAILABLE_NOT_EXISTING(true),
    /** 无法提供 — 补正后申请内容仍不明确 (条例第三十条). */
    UNAVAILABLE_STILL_UNCLEAR(true),
    /** 不予处理 — 信访、举报、投诉类申请 (条例第三十九条第一款). */
    NOT_PROCESSED_PETITION(true),
    /** 不予处理 — 重复申请 (条例第三十六条第（六）项). */
    NOT_PROCESSED_REPEATED(true),
    /** 不予处理 — 要求提供公开出版物 (条例第三十九条第二款). */
    NOT_PROCESSED_PUBLICATION(true),
    /** 不予处理 — 无正当理由大量反复申请 (条例第三十五条). */
    NOT_PROCESSED_EXCESSIVE(true),
    /** 不予处理 — 要求行政机关确认或重新出具已获取信息 (not an application under the Regulations). */
    NOT_PROCESSED_CONFIRMATION(true),
    /** 告知通过其他途径办理: the information has its own access rules in law (条例第三十六条第（七）项). */
    OTHER_CHANNEL(true);

    private final boolean reply;

    LetterKind(boolean reply) {
        this.reply = reply;
    }

    /** Whether this is a reply (答复书/告知书) to an application: it must tell of 行政复议 and 行政诉讼. */
    public boolean isReply() {
        return reply;
    }
}
