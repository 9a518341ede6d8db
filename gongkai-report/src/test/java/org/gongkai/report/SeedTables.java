package org.gongkai.report;

import java.math.BigDecimal;

/**
 * The seed report's tables as printed (达州市商务局, 2020, 2019 edition): one place for the numbers
 * that the renderer, JSON and rule tests start from. Each call returns new tables to change freely.
 */
public final class SeedTables {
    private SeedTables() {}

    /** Table 2 exactly as the seed prints it: 规范性文件 0/0/1, 行政许可 64/-3/61, 其他对外管理服务事项 2/-2/0, 采购 2 and 595.88. */
    public static Table2 table2() {
        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.REGULATIONS, Table2Column.TOTAL_PUBLISHED, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.TOTAL_PUBLISHED, 1);
        long[][] items = {{64, -3, 61}, {2, -2, 0}, {0, 0, 0}, {0, 0, 0}};
        Table2Row[] rows = {
            Table2Row.LICENSING,
            Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES,
            Table2Row.PENALTIES,
            Table2Row.ENFORCEMENT
        };
        for (int i = 0; i < rows.length; i++) {
            t2.set(rows[i], Table2Column.PREVIOUS_YEAR_COUNT, items[i][0])
                    .set(rows[i], Table2Column.CHANGE, items[i][1])
                    .set(rows[i], Table2Column.DECISIONS, items[i][2]);
        }
        return t2.set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.PREVIOUS_YEAR_COUNT, 0)
                .set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.CHANGE, 0)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.PROJECTS, 2)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT, new BigDecimal("595.88"));
    }

    /** Table 3 with every row of the edition and every cell 0 (the seed's table 3 for E2019). */
    public static Table3 zeroTable3(Edition edition) {
        Table3 t3 = new Table3();
        for (Table3Row row : edition.table3Rows()) {
            t3.setRow(row, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
        return t3;
    }

    /** Table 4 with every cell 0 (the seed's). */
    public static Table4 zeroTable4() {
        Table4 t4 = new Table4();
        for (Table4Group g : Table4Group.values()) {
            t4.setGroup(g, 0L, 0L, 0L, 0L, 0L);
        }
        return t4;
    }
}
