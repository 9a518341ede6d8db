package org.gongkai.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Group;

/**
 * Invented 2021-edition reports for the command line's tests (they run without ../shared): every cell
 * 0 but the requests carried over from last year and forward to next year, which the year-over-year
 * rule YOY.CARRY_OVER compares.
 */
final class InventedReports {
    private InventedReports() {}

    static AnnualReport report(String agency, int year, long carriedOver, long carriedForward) {
        Table2 t2 = new Table2();
        for (Table2Row row : Edition.E2021.table2Rows()) {
            for (Table2Column c : row.columns(Edition.E2021)) {
                t2.set(row, c, BigDecimal.ZERO);
            }
        }
        Table3 t3 = new Table3();
        for (Table3Row row : Edition.E2021.table3Rows()) {
            t3.setRow(row, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
        // 一 + 二 = 三（七） + 四: the carried-over requests are all carried forward again.
        t3.setRow(Table3Row.CARRIED_OVER, carriedOver, 0L, 0L, 0L, 0L, 0L, carriedOver);
        t3.setRow(Table3Row.CARRIED_FORWARD, carriedForward, 0L, 0L, 0L, 0L, 0L, carriedForward);
        t3.setRow(Table3Row.NEW_RECEIVED, carriedForward, 0L, 0L, 0L, 0L, 0L, carriedForward);
        t3.setRow(Table3Row.GRANTED, carriedOver, 0L, 0L, 0L, 0L, 0L, carriedOver);
        t3.setRow(Table3Row.TOTAL, carriedOver, 0L, 0L, 0L, 0L, 0L, carriedOver);
        Table4 t4 = new Table4();
        for (Table4Group g : Table4Group.values()) {
            t4.setGroup(g, 0L, 0L, 0L, 0L, 0L);
        }
        List<Section> sections = new ArrayList<>();
        for (SectionHeading h : SectionHeading.values()) {
            sections.add(new Section(h.number(), h.heading(), true, year + "年度本机关" + h.title() + "工作情况，详见下表。"));
        }
        return new AnnualReport()
                .agency(agency)
                .year(year)
                .edition(Edition.E2021)
                .title(agency + year + "年政府信息公开工作年度报告")
                .preamble(agency + year + "年政府信息公开工作年度报告\n本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。")
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections);
    }
}
