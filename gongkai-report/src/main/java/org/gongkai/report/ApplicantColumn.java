package org.gongkai.report;

/**
 * The seven numeric columns of table 3 (申请人情况), identical in both editions (domain-spec §2.4), in
 * printed order: 自然人, the five kinds of 法人或其他组织, 总计.
 */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL("商业企业"),
    RESEARCH("科研机构"),
    PUBLIC_INTEREST("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"),
    OTHER("其他"),
    TOTAL("总计");

    private final String label;

    ApplicantColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label with its group, e.g. "法人或其他组织·商业企业", for messages. */
    public String qualifiedLabel() {
        return switch (this) {
            case NATURAL_PERSON, TOTAL -> label;
            default -> "法人或其他组织·" + label;
        };
    }

    /** The six columns that add up to 总计. */
    public static final ApplicantColumn[] PARTS = {
        NATURAL_PERSON, COMMERCIAL, RESEARCH, PUBLIC_INTEREST, LEGAL_SERVICE, OTHER
    };
}
