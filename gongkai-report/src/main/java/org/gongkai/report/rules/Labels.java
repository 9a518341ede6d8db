package org.gongkai.report.rules;

import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/** The words findings use for tables, rows and columns, so every message names a cell the same way. */
final class Labels {
    static final String SEP = " · ";

    private Labels() {}

    /** A table-3 row as a person finds it in the printed table, e.g. "三（二）部分公开". */
    static String row(Table3Row row) {
        return switch (row) {
            case NEW_RECEIVED -> "一、本年新收政府信息公开申请数量";
            case CARRIED_OVER -> "二、上年结转政府信息公开申请数量";
            case PARTIALLY_GRANTED -> "三（二）部分公开";
            default -> row.qualifiedLabel();
        };
    }

    static String column(ApplicantColumn column) {
        return column.qualifiedLabel();
    }

    static String t3(Table3Row row, String columns) {
        return "表三" + SEP + row(row) + SEP + columns;
    }

    static String t3(Table3Row row, ApplicantColumn column) {
        return t3(row, column(column));
    }

    static String t4(Table4Group group, String columns) {
        return "表四" + SEP + group.label() + SEP + columns;
    }

    static String t4(Table4Group group, Table4Column column) {
        return t4(group, column.label());
    }

    static String t2(Table2Row row, Edition edition, String columns) {
        String label = row.label(edition == null ? Edition.E2021 : edition);
        return "表二" + SEP + row.block() + SEP + (label == null ? row.key() : label) + SEP + columns;
    }

    static String t2(Table2Row row, Edition edition, Table2Column column) {
        return t2(row, edition, column.label());
    }

    static String t2Row(Table2Row row, Edition edition) {
        String label = row.label(edition == null ? Edition.E2021 : edition);
        return label == null ? row.key() : label;
    }
}
