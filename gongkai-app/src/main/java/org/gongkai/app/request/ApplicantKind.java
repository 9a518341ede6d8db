package org.gongkai.app.request;

/** Who applies, as the columns of the annual report's table 3 count them. */
enum ApplicantKind {
    /** 自然人 */
    NATURAL_PERSON,
    /** 商业企业 */
    COMMERCIAL,
    /** 科研机构 */
    RESEARCH,
    /** 社会公益组织 */
    PUBLIC_INTEREST,
    /** 法律服务机构 */
    LEGAL_SERVICE,
    /** 其他 */
    OTHER;

    boolean naturalPerson() {
        return this == NATURAL_PERSON;
    }
}
