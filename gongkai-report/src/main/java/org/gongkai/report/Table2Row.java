package org.gongkai.report;

import static org.gongkai.report.Table2Column.AMOUNT;
import static org.gongkai.report.Table2Column.CHANGE;
import static org.gongkai.report.Table2Column.DECISIONS;
import static org.gongkai.report.Table2Column.DECISIONS_2021;
import static org.gongkai.report.Table2Column.IN_FORCE;
import static org.gongkai.report.Table2Column.ISSUED;
import static org.gongkai.report.Table2Column.NEWLY_MADE;
import static org.gongkai.report.Table2Column.NEWLY_PUBLISHED;
import static org.gongkai.report.Table2Column.PREVIOUS_YEAR_COUNT;
import static org.gongkai.report.Table2Column.PROJECTS;
import static org.gongkai.report.Table2Column.REPEALED;
import static org.gongkai.report.Table2Column.TOTAL_AMOUNT;
import static org.gongkai.report.Table2Column.TOTAL_PUBLISHED;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of table 2 (主动公开政府信息情况), with the block of 条例第二十条 it reports and its columns in
 * each edition (domain-spec §2.3). An empty column list means the row does not exist in that edition.
 */
public enum Table2Row {
    REGULATIONS(
            "regulations",
            "规章",
            "规章",
            "（一）",
            List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
            List.of(ISSUED, REPEALED, IN_FORCE)),
    NORMATIVE_DOCUMENTS(
            "normativeDocuments",
            "规范性文件",
            "行政规范性文件",
            "（一）",
            List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
            List.of(ISSUED, REPEALED, IN_FORCE)),
    LICENSING(
            "licensing",
            "行政许可",
            "行政许可",
            "（五）",
            List.of(PREVIOUS_YEAR_COUNT, CHANGE, DECISIONS),
            List.of(DECISIONS_2021)),
    OTHER_EXTERNAL_MANAGEMENT_SERVICES(
            "otherExternalManagementServices",
            "其他对外管理服务事项",
            null,
            "（五）",
            List.of(PREVIOUS_YEAR_COUNT, CHANGE, DECISIONS),
            List.of()),
    PENALTIES(
            "penalties",
            "行政处罚",
            "行政处罚",
            "（六）",
            List.of(PREVIOUS_YEAR_COUNT, CHANGE, DECISIONS),
            List.of(DECISIONS_2021)),
    ENFORCEMENT(
            "enforcement",
            "行政强制",
            "行政强制",
            "（六）",
            List.of(PREVIOUS_YEAR_COUNT, CHANGE, DECISIONS),
            List.of(DECISIONS_2021)),
    ADMINISTRATIVE_FEES(
            "administrativeFees", "行政事业性收费", "行政事业性收费", "（八）", List.of(PREVIOUS_YEAR_COUNT, CHANGE), List.of(AMOUNT)),
    CENTRALIZED_PROCUREMENT(
            "centralizedProcurement", "政府集中采购", null, "（九）", List.of(PROJECTS, TOTAL_AMOUNT), List.of());

    private final String key;
    private final String label2019;
    private final String label2021;
    private final String item;
    private final List<Table2Column> columns2019;
    private final List<Table2Column> columns2021;

    Table2Row(
            String key,
            String label2019,
            String label2021,
            String item,
            List<Table2Column> columns2019,
            List<Table2Column> columns2021) {
        this.key = key;
        this.label2019 = label2019;
        this.label2021 = label2021;
        this.item = item;
        this.columns2019 = columns2019;
        this.columns2021 = columns2021;
    }

    public String key() {
        return key;
    }

    /** The printed row label in that edition; null when the row does not exist there. */
    public String label(Edition edition) {
        return edition == Edition.E2019 ? label2019 : label2021;
    }

    /** The item of 条例第二十条 the row reports, e.g. "（一）". */
    public String item() {
        return item;
    }

    /** The block heading as printed above the row, e.g. "第二十条第（一）项". */
    public String block() {
        return "第二十条第" + item + "项";
    }

    /** The value columns in printed order; empty when the row does not exist in the edition. */
    public List<Table2Column> columns(Edition edition) {
        return edition == Edition.E2019 ? columns2019 : columns2021;
    }

    public boolean existsIn(Edition edition) {
        return !columns(edition).isEmpty();
    }

    public static Table2Row byKey(String key) {
        for (Table2Row r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        return null;
    }

    static List<Table2Row> rowsOf(Edition edition) {
        List<Table2Row> rows = new ArrayList<>();
        for (Table2Row r : values()) {
            if (r.existsIn(edition)) {
                rows.add(r);
            }
        }
        return List.copyOf(rows);
    }

    /** The column of this row (in the edition) whose JSON key is {@code key}, or null. */
    public Table2Column column(Edition edition, String key) {
        for (Table2Column c : columns(edition)) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
