package org.gongkai.app.letter.api;

/**
 * Why information is withheld (不予公开), by the sub-rows of the annual report's table 3 (三)(三)1–8, with the
 * article of 《中华人民共和国政府信息公开条例》 and the words a reply uses for it: they fill {@code {条款}} and
 * {@code {理由}} of a 不予公开 or 部分公开 letter when the caller gives none of its own. 行政查询事项 rests on no
 * article of the Regulations ([U]): its letter needs the article given.
 */
public enum WithholdingGround {
    /** 属于国家秘密 (条例第十四条). */
    STATE_SECRET("第十四条", "属于依法确定为国家秘密的政府信息"),
    /** 其他法律行政法规禁止公开 (条例第十四条). */
    PROHIBITED_BY_LAW("第十四条", "属于法律、行政法规禁止公开的政府信息"),
    /** 危及“三安全一稳定” (条例第十四条). */
    THREE_SECURITY_ONE_STABILITY("第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
    /** 保护第三方合法权益 (条例第十五条). */
    THIRD_PARTY_RIGHTS("第十五条", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害"),
    /** 属于三类内部事务信息 (条例第十六条第一款). */
    INTERNAL_AFFAIRS("第十六条第一款", "属于人事管理、后勤管理、内部工作流程等方面的内部事务信息"),
    /** 属于四类过程性信息 (条例第十六条第二款). */
    PROCESS_INFORMATION("第十六条第二款", "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息"),
    /** 属于行政执法案卷 (条例第十六条第二款). */
    LAW_ENFORCEMENT_FILES("第十六条第二款", "属于行政执法案卷信息"),
    /** 属于行政查询事项: no article of the Regulations; the caller gives it. */
    ADMINISTRATIVE_INQUIRY(null, "属于行政查询事项，应当通过相应的查询途径办理");

    private final String article;
    private final String reason;

    WithholdingGround(String article, String reason) {
        this.article = article;
        this.reason = reason;
    }

    /** The article it rests on, as a letter cites it (第十四条), or null. */
    public String article() {
        return article;
    }

    /** The words of the reply: what the information is, as in “经审查，您申请公开的政府信息{理由}”. */
    public String reason() {
        return reason;
    }
}
