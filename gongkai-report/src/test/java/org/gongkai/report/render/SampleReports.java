package org.gongkai.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.SeedTables;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Group;

/** Reports to render in tests: the seed's 2020 report and a 2021-edition report with an amount. */
final class SampleReports {
    private SampleReports() {}

    /** The tables of the seed report (达州市商务局, 2020, 2019 edition), with short section texts. */
    static AnnualReport seed2020() {
        Table2 t2 = SeedTables.table2();
        Table3 t3 = SeedTables.zeroTable3(Edition.E2019);
        return report("达州市商务局", 2020, Edition.E2019, t2, t3, SeedTables.zeroTable4());
    }

    /** A 2021-edition report with numbers in every table and a fee amount with decimals. */
    static AnnualReport of2021() {
        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.ISSUED, 1)
                .set(Table2Row.REGULATIONS, Table2Column.REPEALED, 0)
                .set(Table2Row.REGULATIONS, Table2Column.IN_FORCE, 12)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED, 5)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED, 2)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE, 40)
                .set(Table2Row.LICENSING, Table2Column.DECISIONS_2021, 1520)
                .set(Table2Row.PENALTIES, Table2Column.DECISIONS_2021, 86)
                .set(Table2Row.ENFORCEMENT, Table2Column.DECISIONS_2021, 3)
                .set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT, new BigDecimal("96171.6"));
        Table3 t3 = SeedTables.zeroTable3(Edition.E2021);
        t3.setRow(Table3Row.NEW_RECEIVED, 10L, 2L, 0L, 0L, 1L, 0L, 13L);
        t3.setRow(Table3Row.CARRIED_OVER, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        t3.setRow(Table3Row.GRANTED, 6L, 1L, 0L, 0L, 1L, 0L, 8L);
        t3.setRow(Table3Row.NOT_HELD, 3L, 1L, 0L, 0L, 0L, 0L, 4L);
        t3.setRow(Table3Row.FEE_NOT_PAID, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        t3.setRow(Table3Row.TOTAL, 10L, 2L, 0L, 0L, 1L, 0L, 13L);
        t3.setRow(Table3Row.CARRIED_FORWARD, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        Table4 t4 = SeedTables.zeroTable4().setGroup(Table4Group.RECONSIDERATION, 1L, 1L, 0L, 1L, 3L);
        return report("杭州市西湖区市场监督管理局", 2022, Edition.E2021, t2, t3, t4);
    }

    private static AnnualReport report(String agency, int year, Edition edition, Table2 t2, Table3 t3, Table4 t4) {
        List<Section> sections = new ArrayList<>();
        for (SectionHeading h : SectionHeading.values()) {
            sections.add(new Section(h.number(), h.heading(), true, h.number() == 6 ? "无。" : "严格落实保密审查制度，确保公开信息准确无误。"));
        }
        return new AnnualReport()
                .agency(agency)
                .year(year)
                .edition(edition)
                .title(agency + year + "年政府信息公开工作年度报告")
                .preamble(agency + year + "年政府信息公开工作年度报告\n本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。")
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections);
    }
}
