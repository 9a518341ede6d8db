package org.gongkai.report;

/** A value column of table 2 (主动公开政府信息情况); its key is the JSON value key of report-json.md. */
public enum Table2Column {
    // 2019 edition, 第二十条第（一）项
    NEWLY_MADE("newlyMade", "本年新制作数量", Kind.COUNT),
    NEWLY_PUBLISHED("newlyPublished", "本年新公开数量", Kind.COUNT),
    TOTAL_PUBLISHED("totalPublished", "对外公开总数量", Kind.COUNT),
    // 2019 edition, 第二十条第（五）（六）（八）项
    PREVIOUS_YEAR_COUNT("previousYearCount", "上一年项目数量", Kind.COUNT),
    CHANGE("change", "本年增/减", Kind.SIGNED_COUNT),
    DECISIONS("decisions", "处理决定数量", Kind.COUNT),
    // 2019 edition, 第二十条第（九）项; the unit of 采购总金额 is not printed in the format [U]
    PROJECTS("projects", "采购项目数量", Kind.COUNT),
    TOTAL_AMOUNT("totalAmount", "采购总金额", Kind.AMOUNT),
    // 2021 edition, 第二十条第（一）项
    ISSUED("issued", "本年制发件数", Kind.COUNT),
    REPEALED("repealed", "本年废止件数", Kind.COUNT),
    IN_FORCE("inForce", "现行有效件数", Kind.COUNT),
    // 2021 edition, 第二十条第（五）（六）项: same key as the 2019 处理决定数量, its own label
    DECISIONS_2021("decisions", "本年处理决定数量", Kind.COUNT),
    // 2021 edition, 第二十条第（八）项
    AMOUNT("amount", "本年收费金额（单位：万元）", Kind.AMOUNT);

    /** What a cell of the column may hold. */
    public enum Kind {
        /** an integer ≥ 0 */
        COUNT,
        /** a signed integer (本年增/减) */
        SIGNED_COUNT,
        /** a decimal ≥ 0 */
        AMOUNT
    }

    private final String key;
    private final String label;
    private final Kind kind;

    Table2Column(String key, String label, Kind kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }
}
