package org.gongkai.cli;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * What the audit keeps of a report once it is printed: the agency and year (the key of the
 * year-over-year rules) and a fingerprint of the tables' numbers.
 * A few dozen bytes, where the report itself is tens of kilobytes.
 *
 * @param agency the agency with its spaces removed (as the YOY rules compare it), or null
 * @param year the report year, or null
 * @param tables a hash of every cell of tables 2–4; 0 when no table was read
 */
record ReportDigest(String agency, Integer year, long tables) {

    static ReportDigest of(AnnualReport r) {
        String agency = r.agency() == null ? null : r.agency().replaceAll("\\s+", "");
        return new ReportDigest(agency, r.year(), fingerprint(r));
    }

    /** {@code agency/year}, or null when either is unknown. */
    String key() {
        return agency == null || year == null ? null : agency + "/" + year;
    }

    /** The key of last year's report of the same agency, or null. */
    String previousKey() {
        return agency == null || year == null ? null : agency + "/" + (year - 1);
    }

    /**
     * Whether {@code other} is this very report under another name: the same agency and year and the
     * same numbers in every table. (The same name in two formats is found before reading: {@link
     * SameReport}.) Two reports of one agency and year whose numbers differ are both audited.
     */
    boolean sameReportAs(ReportDigest other) {
        return key() != null && Objects.equals(key(), other.key()) && tables != 0 && tables == other.tables;
    }

    static long fingerprint(AnnualReport r) {
        long h = 0;
        boolean any = false;
        Table2 t2 = r.table2();
        if (t2 != null) {
            any = true;
            for (Table2Row row : Table2Row.values()) {
                for (Table2Column c : Table2Column.values()) {
                    BigDecimal v = t2.hasRow(row) ? t2.get(row, c) : null;
                    h = mix(h, v == null ? -1 : v.stripTrailingZeros().hashCode());
                }
            }
        }
        Table3 t3 = r.table3();
        if (t3 != null) {
            any = true;
            for (Table3Row row : Table3Row.values()) {
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    Long v = t3.hasRow(row) ? t3.get(row, c) : null;
                    h = mix(h, v == null ? -1 : v);
                }
            }
        }
        Table4 t4 = r.table4();
        if (t4 != null) {
            any = true;
            for (Table4Group g : Table4Group.values()) {
                for (Table4Column c : Table4Column.values()) {
                    Long v = t4.hasGroup(g) ? t4.get(g, c) : null;
                    h = mix(h, v == null ? -1 : v);
                }
            }
        }
        return any && h == 0 ? 1 : h;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
