package org.gongkai.app.request;

/**
 * The article of the 条例 (2019 revision) an answer rests on, as the answer letter and the record cite it
 * ({@code legalGround.<NAME>} in {@code i18n/request.properties}). Domain-spec §1.4 and the crosswalk of §2.7.
 */
enum LegalGround {
    /** 第十三条、第三十六条第（二）项: 可以公开, provided or told how, where and when to obtain it. */
    A36_2,
    /** 第三十六条第（一）项: already proactively disclosed; told where to obtain it. */
    A36_1,
    /** 第三十七条: 区分处理, the disclosable part provided. */
    A37,
    /** 第十四条: 国家秘密; 法律、行政法规禁止公开; 危及国家安全、公共安全、经济安全、社会稳定. */
    A14,
    /** 第十五条: 商业秘密、个人隐私, harm to a third party (with 第三十二条 the consultation). */
    A15,
    /** 第十六条第一款: 人事管理、后勤管理、内部工作流程. */
    A16_1,
    /** 第十六条第二款: 过程性信息 and 行政执法案卷信息. */
    A16_2,
    /** 第三十六条第（七）项: 工商、不动产登记资料等, obtained under their own law. */
    A36_7,
    /** 第三十六条第（四）项: 经检索没有所申请公开信息. */
    A36_4,
    /** 第三十六条第（五）项: not this agency's to disclose. */
    A36_5,
    /** 第三十八条: would need 加工、分析. */
    A38,
    /** 第三十条: still unclear after the correction. */
    A30,
    /** 第三十九条第一款: 信访、投诉、举报. */
    A39_1,
    /** 第三十六条第（六）项: 重复申请. */
    A36_6,
    /** 第三十九条第二款: 公开出版物. */
    A39_2,
    /** 第三十五条: 数量、频次明显超过合理范围, without a reasonable ground. */
    A35,
    /** 国办函〔2020〕109号: the fee was not paid in time. */
    FEE_MEASURES,
    /** No article of the 条例 names it (e.g. 要求确认或重新出具已获取信息, withdrawal): the note says why. */
    OTHER
}
