package org.gongkai.report;

import java.util.List;
import java.util.Optional;

/**
 * The two national formats of the annual report (政府信息公开工作年度报告格式).
 *
 * <p>The 2019 edition (格式（试行）, attached to 国办公开办函〔2019〕60号) governs the reports for 2019 and
 * 2020; the 2021 edition (国办公开办函〔2021〕30号, 2021-09-26) governs the reports from 2021 on.
 * Every difference between the two is listed in domain-spec §2.6 and is encoded in {@link
 * Table2Row}, {@link Table2Column} and {@link Table3Row}.
 */
public enum Edition {
    /** 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号. */
    E2019("2019", "国办公开办函〔2019〕60号"),
    /** 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号. */
    E2021("2021", "国办公开办函〔2021〕30号");

    private final String code;
    private final String instrument;

    Edition(String code, String instrument) {
        this.code = code;
        this.instrument = instrument;
    }

    /** "2019" or "2021", as in the JSON export. */
    public String code() {
        return code;
    }

    /** The notice that issued this edition. */
    public String instrument() {
        return instrument;
    }

    /** The edition a report for {@code year} must follow: 2019–2020 → 2019, 2021 on → 2021. */
    public static Edition requiredFor(int year) {
        return year <= 2020 ? E2019 : E2021;
    }

    public static Optional<Edition> fromCode(String code) {
        for (Edition e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The rows of table 2 in printed order. */
    public List<Table2Row> table2Rows() {
        return Table2Row.rowsOf(this);
    }

    /** The rows of table 3 in printed order. */
    public List<Table3Row> table3Rows() {
        return Table3Row.rowsOf(this);
    }
}
