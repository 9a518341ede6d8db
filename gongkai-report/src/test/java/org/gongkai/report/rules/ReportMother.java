package org.gongkai.report.rules;

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

/** Valid reports of both editions, built fresh on every call so a test may mutate them. */
final class ReportMother {
    private ReportMother() {}

    /**
     * A 2021-edition report for 2024 with the published numbers of the 2024 municipal report
     * (domain-spec §3.5a): 总计 column 一 3119, 二 34, （七） 3050, 四 103; 自然人 3001 + 34 = 2932 + 103; the
     * remaining 118 applications are 商业企业. Table 4: 复议 351, 直接起诉 26, 复议后起诉 20.
     */
    static AnnualReport valid2021() {
        Table3 t3 = new Table3();
        row(t3, Table3Row.NEW_RECEIVED, 3001, 118);
        row(t3, Table3Row.CARRIED_OVER, 34, 0);
        row(t3, Table3Row.GRANTED, 1362 - 60, 60);
        row(t3, Table3Row.PARTIALLY_GRANTED, 454 - 30, 30);
        long[] withheld = {2, 31, 5, 6, 8, 12, 9, 105};
        Table3Row[] withheldRows = {
            Table3Row.STATE_SECRET, Table3Row.PROHIBITED_BY_LAW, Table3Row.THREE_SECURITY_ONE_STABILITY,
            Table3Row.THIRD_PARTY_RIGHTS, Table3Row.INTERNAL_AFFAIRS, Table3Row.PROCESS_INFORMATION,
            Table3Row.LAW_ENFORCEMENT_FILES, Table3Row.ADMINISTRATIVE_INQUIRY
        };
        for (int i = 0; i < withheld.length; i++) {
            row(t3, withheldRows[i], withheld[i], 0);
        }
        row(t3, Table3Row.NOT_HELD, 769 - 28, 28);
        row(t3, Table3Row.NEEDS_CREATION, 11, 0);
        row(t3, Table3Row.STILL_UNCLEAR, 1, 0);
        row(t3, Table3Row.PETITION_COMPLAINT, 62, 0);
        row(t3, Table3Row.DUPLICATE, 25, 0);
        row(t3, Table3Row.PUBLICATION, 0, 0);
        row(t3, Table3Row.MASS_REPEATED, 0, 0);
        row(t3, Table3Row.CONFIRM_OR_REISSUE, 1, 0);
        row(t3, Table3Row.NO_CORRECTION_IN_TIME, 71, 0);
        row(t3, Table3Row.FEE_NOT_PAID, 6, 0);
        row(t3, Table3Row.OTHER_OTHER, 110, 0);
        row(t3, Table3Row.TOTAL, 2932, 118);
        row(t3, Table3Row.CARRIED_FORWARD, 103, 0);

        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.ISSUED, 2)
                .set(Table2Row.REGULATIONS, Table2Column.REPEALED, 1)
                .set(Table2Row.REGULATIONS, Table2Column.IN_FORCE, 30)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED, 40)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED, 10)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE, 300)
                .set(Table2Row.LICENSING, Table2Column.DECISIONS_2021, 1000)
                .set(Table2Row.PENALTIES, Table2Column.DECISIONS_2021, 200)
                .set(Table2Row.ENFORCEMENT, Table2Column.DECISIONS_2021, 10)
                .set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT, new BigDecimal("96171.6"));

        Table4 t4 = new Table4()
                .setGroup(Table4Group.RECONSIDERATION, 72L, 64L, 178L, 37L, 351L)
                .setGroup(Table4Group.LITIGATION_DIRECT, 13L, 4L, 8L, 1L, 26L)
                .setGroup(Table4Group.LITIGATION_AFTER_RECONSIDERATION, 12L, 1L, 1L, 6L, 20L);

        return new AnnualReport()
                .title("某市人民政府2024年政府信息公开工作年度报告")
                .agency("某市人民政府")
                .year(2024)
                .edition(Edition.E2021)
                .preamble("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。")
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections(
                        "2024年，市政府坚持以公开为常态、不公开为例外。全年共收到政府信息公开申请3119件，上年结转34件。"
                                + "集中公开现行有效行政规范性文件300件，本年度制发行政规范性文件40件。"
                                + "全年因政府信息公开引发行政复议351件、行政诉讼46件。",
                        "主动公开情况见下表。",
                        "收到和处理申请情况见下表。",
                        "行政复议、行政诉讼情况见下表。",
                        "一是政策解读形式不够丰富；二是公开平台集约化程度有待提升。2025年，将进一步丰富解读形式。",
                        "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。"));
    }

    /**
     * A 2019-edition report for 2020 with the numbers of a zone report that balances: 21 new
     * applications (自然人 20, 其他 1), all concluded.
     */
    static AnnualReport valid2019() {
        Table3 t3 = new Table3();
        for (Table3Row r : Edition.E2019.table3Rows()) {
            t3.setRow(r, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
        t3.setRow(Table3Row.NEW_RECEIVED, 20L, 0L, 0L, 0L, 0L, 1L, 21L);
        t3.setRow(Table3Row.GRANTED, 6L, 0L, 0L, 0L, 0L, 1L, 7L);
        t3.setRow(Table3Row.PARTIALLY_GRANTED, 6L, 0L, 0L, 0L, 0L, 0L, 6L);
        t3.setRow(Table3Row.NOT_HELD, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
        t3.setRow(Table3Row.OTHER, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
        t3.setRow(Table3Row.TOTAL, 20L, 0L, 0L, 0L, 0L, 1L, 21L);

        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.REGULATIONS, Table2Column.TOTAL_PUBLISHED, 7)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_MADE, 77)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_PUBLISHED, 77)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.TOTAL_PUBLISHED, 166);
        for (Table2Row r : List.of(
                Table2Row.LICENSING,
                Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES,
                Table2Row.PENALTIES,
                Table2Row.ENFORCEMENT)) {
            t2.set(r, Table2Column.PREVIOUS_YEAR_COUNT, 100)
                    .set(r, Table2Column.CHANGE, -3)
                    .set(r, Table2Column.DECISIONS, 50);
        }
        t2.set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.PREVIOUS_YEAR_COUNT, 35)
                .set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.CHANGE, -15)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.PROJECTS, 395)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT, new BigDecimal("73802895.9"));

        Table4 t4 = new Table4();
        for (Table4Group g : Table4Group.values()) {
            t4.setGroup(g, 0L, 0L, 0L, 0L, 0L);
        }
        return new AnnualReport()
                .title("某区管委会2020年度政府信息公开工作年度报告")
                .agency("某区管委会")
                .year(2020)
                .edition(Edition.E2019)
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections(
                        "2020年全区各级行政机关共受理政府信息公开申请21件，均在法定期限内予以答复。",
                        "主动公开情况见下表。",
                        "收到和处理申请情况见下表。",
                        "未发生因政府信息公开引起的行政复议、行政诉讼。",
                        "一是公开意识有待加强；二是解读形式较为单一。2021年，我们将采取措施加以改进。",
                        "无。"));
    }

    /**
     * Like the seed (达州市商务局, 2020, Traditional narrative): all-zero tables, sections 三、四、五 lost,
     * "未收到依申請公開的相關信息" and a count of proactively published items with no table cell.
     */
    static AnnualReport seedLike2019() {
        Table3 t3 = SeedTables.zeroTable3(Edition.E2019);
        Table4 t4 = SeedTables.zeroTable4();
        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.REGULATIONS, Table2Column.TOTAL_PUBLISHED, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.TOTAL_PUBLISHED, 1)
                .set(Table2Row.LICENSING, Table2Column.PREVIOUS_YEAR_COUNT, 64)
                .set(Table2Row.LICENSING, Table2Column.CHANGE, -3)
                .set(Table2Row.LICENSING, Table2Column.DECISIONS, 61)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.PROJECTS, 2)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT, new BigDecimal("595.88"));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                1,
                "一、總體情況",
                true,
                "2020年,我局政府信息公開工作在市政府信息公開中心的指導下開展。(一)主動公開政府信息情況 2020年,我局通過政府信息公開目錄主動公開信息66條(含轉載信息)。"
                        + "(二)依申請公開 未收到依申請公開的相關信息。"));
        sections.add(new Section(2, "二、主动公开政府信息情况", true, ""));
        sections.add(new Section(3, SectionHeading.REQUESTS.heading(), false, ""));
        sections.add(new Section(4, SectionHeading.APPEALS.heading(), false, ""));
        sections.add(new Section(5, SectionHeading.PROBLEMS.heading(), false, ""));
        sections.add(new Section(6, "六、其他需要報告的事項", true, "無"));
        return new AnnualReport()
                .agency("达州市商务局")
                .year(2020)
                .edition(Edition.E2019)
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections);
    }

    static List<Section> sections(String... texts) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Section(i + 1, SectionHeading.ofNumber(i + 1).heading(), true, texts[i]));
        }
        return out;
    }

    /** Sets 自然人 and 商业企业 and their 总计; the other four columns 0. */
    private static void row(Table3 t3, Table3Row row, long natural, long commercial) {
        t3.setRow(row, natural, commercial, 0L, 0L, 0L, 0L, natural + commercial);
    }
}
