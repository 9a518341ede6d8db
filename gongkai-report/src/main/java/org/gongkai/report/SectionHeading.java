package org.gongkai.report;

import java.util.List;

/**
 * The six section headings of both editions (domain-spec §2.2, 条例第五十条). Heading 五 has two
 * wordings in practice; the first is rendered, both are accepted.
 */
public enum SectionHeading {
    OVERVIEW(1, "一、总体情况"),
    PROACTIVE(2, "二、主动公开政府信息情况"),
    REQUESTS(3, "三、收到和处理政府信息公开申请情况"),
    APPEALS(4, "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS(5, "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"),
    OTHER(6, "六、其他需要报告的事项");

    private final int number;
    private final String heading;
    private final List<String> variants;

    SectionHeading(int number, String heading, String... variants) {
        this.number = number;
        this.heading = heading;
        this.variants = List.of(variants);
    }

    public int number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    /** The heading without its numeral, e.g. "总体情况". */
    public String title() {
        return heading.substring(2);
    }

    public List<String> variants() {
        return variants;
    }

    public static SectionHeading ofNumber(int number) {
        return values()[number - 1];
    }
}
