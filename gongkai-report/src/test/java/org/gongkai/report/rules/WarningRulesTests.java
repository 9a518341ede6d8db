package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.parse.ReadingMetadata;
import org.junit.jupiter.api.Test;

/** The warning and note rules: each fires on its defect and stays quiet on the valid reports. */
class WarningRulesTests {
    private final Auditor auditor = new Auditor();

    private List<Finding> of(String rule, AnnualReport report, AnnualReport previous) {
        return auditor.audit(report, previous).stream()
                .filter(f -> f.rule().equals(rule))
                .toList();
    }

    private List<Finding> of(String rule, AnnualReport report) {
        return of(rule, report, null);
    }

    @Test
    void editionMismatchIsAWarning() {
        AnnualReport r = ReportMother.valid2019().year(2021);
        assertThat(of("DOC.EDITION_MISMATCH", r)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("2021年度报告应采用2021年版格式（国办公开办函〔2021〕30号），但表格采用2019年版格式（国办公开办函〔2019〕60号）");
        });
    }

    @Test
    void unknownYearAndAgencyAreNotes() {
        AnnualReport r = ReportMother.valid2021().year(null).agency(null);
        assertThat(of("DOC.YEAR_UNKNOWN", r))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.INFO);
        assertThat(of("DOC.AGENCY_UNKNOWN", r)).hasSize(1);
    }

    @Test
    void sectionsOutOfOrderByPosition() {
        AnnualReport r = ReportMother.valid2021();
        ReadingMetadata read = new ReadingMetadata();
        for (SectionHeading h : SectionHeading.values()) {
            read.position(h, SourcePosition.line(h.number() * 10));
        }
        read.position(SectionHeading.PROBLEMS, SourcePosition.line(5));
        assertThat(auditor.audit(r, null, read).stream()
                        .filter(f -> f.rule().equals("DOC.SECTION_ORDER"))
                        .toList())
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("章节“五、存在的主要问题及改进情况”出现在“一、总体情况”之前，不符合一至六的顺序");
        assertThat(of("DOC.SECTION_ORDER", ReportMother.valid2021())).isEmpty();
    }

    @Test
    void sectionsOutOfOrderByListOrder() {
        AnnualReport r = ReportMother.valid2019();
        List<Section> swapped = new ArrayList<>(r.sections());
        swapped.add(1, swapped.remove(5));
        r.sections(swapped);
        assertThat(of("DOC.SECTION_ORDER", r))
                .extracting(Finding::message)
                .containsExactly("章节“六、其他需要报告的事项”出现在“一、总体情况”之后，不符合一至六的顺序");
    }

    @Test
    void blankCellsAreGroupedPerRow() {
        AnnualReport r = ReportMother.valid2019();
        // The Shanghai habit (domain-spec §3.5a): 总计 left blank in the result rows.
        for (Table3Row row : Table3Row.resultRows(Edition.E2019)) {
            r.table3().set(row, ApplicantColumn.TOTAL, null);
        }
        r.table3().set(Table3Row.GRANTED, ApplicantColumn.RESEARCH, null);
        List<Finding> blanks = of("T3.BLANK_CELL", r);
        assertThat(blanks).hasSize(Table3Row.resultRows(Edition.E2019).size());
        assertThat(blanks.get(0).message()).isEqualTo("表三“三（一）予以公开”行的“法人或其他组织·科研机构、总计”列为空白或非数字，相关勾稽关系无法核对");
        assertThat(blanks.get(0).where()).isEqualTo("表三 · 三（一）予以公开 · 法人或其他组织·科研机构、总计");
        assertThat(auditor.audit(r, null)).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(new Auditor(AuditOptions.defaults().withBlankCells(AuditOptions.BlankCellPolicy.ZERO))
                        .audit(r, null))
                .anyMatch(f -> f.rule().equals("T3.ROW_TOTAL"))
                .noneMatch(f -> f.rule().equals("T3.BLANK_CELL"));
    }

    @Test
    void blankCellsOfTables2And4() {
        AnnualReport r = ReportMother.valid2021();
        r.table2().set(Table2Row.PENALTIES, Table2Column.DECISIONS_2021, (BigDecimal) null);
        r.table4().set(Table4Group.RECONSIDERATION, Table4Column.OTHER, null);
        assertThat(of("T2.BLANK_CELL", r))
                .singleElement()
                .extracting(Finding::where)
                .isEqualTo("表二 · 第二十条第（六）项 · 行政处罚 · 本年处理决定数量");
        assertThat(of("T4.BLANK_CELL", r))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表四“行政复议”的“其他结果”为空白或非数字，相关勾稽关系无法核对");
    }

    @Test
    void blankZerosAreZerosWhenTheTableNeverPrintsZero() {
        AnnualReport r = ReportMother.valid2021();
        for (Table3Row row : Edition.E2021.table3Rows()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                Long v = r.table3().get(row, c);
                if (v != null && v == 0) {
                    r.table3().set(row, c, null);
                }
            }
        }
        Auditor consistent =
                new Auditor(AuditOptions.defaults().withBlankCells(AuditOptions.BlankCellPolicy.ZERO_WHEN_CONSISTENT));
        assertThat(consistent.audit(r, null)).isEmpty();
        assertThat(auditor.audit(r, null)).anyMatch(f -> f.rule().equals("T3.BLANK_CELL"));
    }

    @Test
    void concludedExceedsOnlyWhereBalanceCannotJudge() {
        AnnualReport r = ReportMother.valid2019();
        r.table3().set(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, null);
        r.table3().set(Table3Row.TOTAL, ApplicantColumn.NATURAL_PERSON, 22L);
        assertThat(of("T3.CONCLUDED_EXCEEDS", r))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表三“（七）总计”行“自然人”列为22，大于一、本年新收20与二、上年结转0之和");
    }

    @Test
    void formatOfRowSixMustMatchTheEdition() {
        AnnualReport r = ReportMother.valid2021();
        r.table3().setRow(Table3Row.OTHER, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(of("T3.FORMAT", r)).hasSize(1);
        AnnualReport s = ReportMother.valid2019();
        s.table3().setRow(Table3Row.FEE_NOT_PAID, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(of("T3.FORMAT", s)).hasSize(1);
    }

    @Test
    void table2Plausibility() {
        AnnualReport r = ReportMother.valid2019();
        r.table2().set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_PUBLISHED, 200);
        assertThat(of("T2.PUBLISHED_EXCEEDS_TOTAL", r)).hasSize(1);

        AnnualReport f = ReportMother.valid2021();
        f.table2().set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT, new BigDecimal("961716000"));
        assertThat(of("T2.FEE_UNIT", f))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("疑似按元填报");
        assertThat(new Auditor(AuditOptions.defaults().withFeeAmountUnitThreshold(new BigDecimal("1e10")))
                        .audit(f, null))
                .noneMatch(x -> x.rule().equals("T2.FEE_UNIT"));
    }

    @Test
    void repealedMoreThanThereWas() {
        AnnualReport previous = ReportMother.valid2021().year(2023);
        previous.table2().set(Table2Row.REGULATIONS, Table2Column.IN_FORCE, 0);
        AnnualReport current = ReportMother.valid2021();
        assertThat(of("T2.REPEALED_EXCEEDS", current, previous)).isEmpty();
        current.table2().set(Table2Row.REGULATIONS, Table2Column.REPEALED, 5);
        assertThat(of("T2.REPEALED_EXCEEDS", current, previous))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表二“规章”行“本年废止件数”为5，大于上年“现行有效件数”0与本年“本年制发件数”2之和");
    }

    @Test
    void narrativeCountsAgainstTheTables() {
        AnnualReport r = ReportMother.valid2021();
        r.sections()
                .set(
                        0,
                        new Section(
                                1,
                                "一、总体情况",
                                true,
                                "全年共受理政府信息公开申请3000件。因政府信息公开引发行政复议350件、行政诉讼46件。清理并集中发布现行有效行政规范性文件393件。"));
        assertThat(of("TXT.REQUEST_COUNT", r))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("正文“受理政府信息公开申请3000件”称申请3000件，但表三“一、本年新收政府信息公开申请数量”总计为3119，加上年结转为3153，（七）总计为3050");
        assertThat(of("TXT.APPEAL_COUNT", r))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("正文“复议350件”称行政复议350件，但表四“行政复议”总计为351");
        assertThat(of("TXT.NORMATIVE_COUNT", r))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("正文“现行有效行政规范性文件393件”为393件，但表二“行政规范性文件”行“现行有效件数”为300");
    }

    @Test
    void numbersSpacedApartFromTheirWordsAreReadAsWell() {
        // text converted from a PDF: 受理政府信息公开申请 3000 件
        AnnualReport r = ReportMother.valid2021();
        r.sections().set(0, new Section(1, "一、总体情况", true, "全年共受理政府信息公开申请 3000 件。"));
        assertThat(of("TXT.REQUEST_COUNT", r))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .startsWith("正文“受理政府信息公开申请3000件”称申请3000件");
    }

    @Test
    void receivedIncludingCarryOverIsAccepted() {
        AnnualReport r = ReportMother.valid2021();
        r.sections().set(0, new Section(1, "一、总体情况", true, "本年度全区共收到3153件申请，办理政府信息公开申请3050件。"));
        assertThat(of("TXT.REQUEST_COUNT", r)).isEmpty();
    }

    @Test
    void noRequestsSaidButTableCountsSome() {
        AnnualReport r = ReportMother.valid2019();
        r.sections().set(0, new Section(1, "一、总体情况", true, "本年度未收到政府信息公开申请。"));
        assertThat(of("TXT.NO_REQUESTS", r)).hasSize(1);
        assertThat(of("TXT.NO_REQUESTS", ReportMother.seedLike2019())).isEmpty();
        assertThat(of("TXT.REQUEST_COUNT", ReportMother.seedLike2019())).isEmpty();
    }

    @Test
    void feesMustBeReportedWhenApplicationsLapsedForNonPayment() {
        AnnualReport r = ReportMother.valid2021();
        r.sections().set(5, new Section(6, "六、其他需要报告的事项", true, "无。"));
        assertThat(of("TXT.FEE_NOT_REPORTED", r))
                .singleElement()
                .extracting(Finding::where)
                .isEqualTo("正文 · 六、其他需要报告的事项");
        assertThat(of("TXT.FEE_NOT_REPORTED", ReportMother.valid2021())).isEmpty();
    }

    @Test
    void staleYears() {
        AnnualReport r = ReportMother.valid2021();
        r.sections()
                .set(
                        1,
                        new Section(
                                2,
                                "二、主动公开政府信息情况",
                                true,
                                "（二）主动公开政府信息的主要类别2023年，在主动公开的61条政府信息中。公开了2024年政府预算、2023年政府决算。"
                                        + "岚综管规〔2023〕2号。与2023年相比有所增长。"));
        r.sections().set(4, new Section(5, "五、存在的主要问题及改进情况", true, "（二）改进措施。2024年，我局将坚持问题导向。"));
        List<Finding> stale = of("TXT.STALE_YEAR", r);
        assertThat(stale).hasSize(2);
        assertThat(stale.get(0).message()).contains("以2023年叙述本年工作");
        assertThat(stale.get(1).message()).contains("改进计划应写2025年");
    }

    @Test
    void copiedNarrative() {
        AnnualReport previous = ReportMother.valid2021().year(2023);
        AnnualReport current = ReportMother.valid2021();
        String problems = "一是处室主动公开意识有待加强，公开为常态、不公开为例外落实不够到位。二是公开方式灵活性不够，在社会公众互动及专题活动方面有待进一步加强。"
                + "三是政策解读形式不够丰富，主要是文字、图表解读，未能运用数字化、短视频等方式，通俗易懂解读政策。";
        previous.sections().set(4, new Section(5, "五、存在的主要问题及改进情况", true, "2023年，" + problems));
        current.sections().set(4, new Section(5, "五、存在的主要问题及改进情况", true, "2024年，" + problems));
        assertThat(of("TXT.COPIED_NARRATIVE", current, previous))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("第五部分“存在的主要问题及改进情况”与2023年度报告的相似度为100%（去除年份、数字和套话后），疑似内容雷同");
        assertThat(new Auditor(AuditOptions.defaults().withNarrativeSimilarityThreshold(1.0)).audit(current, previous))
                .anyMatch(f -> f.rule().equals("TXT.COPIED_NARRATIVE"));
        current.sections()
                .set(
                        4,
                        new Section(
                                5,
                                "五、存在的主要问题及改进情况",
                                true,
                                "本年度主要问题是基层公开标准目录更新不及时，依申请公开答复质量参差不齐，部分答复书引用条款不准确，需要加强对乡镇街道的业务指导与培训，健全答复风险研判和合法性审查机制。"));
        assertThat(of("TXT.COPIED_NARRATIVE", current, previous)).isEmpty();
    }

    @Test
    void yearOverYearTable2() {
        AnnualReport previous = ReportMother.valid2021().year(2023);
        previous.table2().set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE, 270);
        previous.table2().set(Table2Row.REGULATIONS, Table2Column.IN_FORCE, 29);
        assertThat(of("YOY.IN_FORCE", ReportMother.valid2021(), previous)).isEmpty();
        previous.table2().set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE, 698);
        assertThat(of("YOY.IN_FORCE", ReportMother.valid2021(), previous))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo("表二“行政规范性文件”行“现行有效件数”为300，但2023年度现行有效698加本年制发40减本年废止10为728");

        AnnualReport p2019 = ReportMother.valid2019().year(2019);
        p2019.table2().set(Table2Row.LICENSING, Table2Column.PREVIOUS_YEAR_COUNT, 103);
        p2019.table2().set(Table2Row.PENALTIES, Table2Column.PREVIOUS_YEAR_COUNT, 103);
        p2019.table2().set(Table2Row.ENFORCEMENT, Table2Column.PREVIOUS_YEAR_COUNT, 103);
        p2019.table2().set(Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES, Table2Column.PREVIOUS_YEAR_COUNT, 103);
        p2019.table2().set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.PREVIOUS_YEAR_COUNT, 50);
        assertThat(of("YOY.PROJECT_COUNT", ReportMother.valid2019(), p2019)).isEmpty();
        p2019.table2().set(Table2Row.LICENSING, Table2Column.CHANGE, 0);
        assertThat(of("YOY.PROJECT_COUNT", ReportMother.valid2019(), p2019))
                .singleElement()
                .extracting(Finding::where)
                .isEqualTo("表二 · 第二十条第（五）项 · 行政许可 · 上一年项目数量");
    }

    @Test
    void anotherAgencyOrYearIsNotComparable() {
        AnnualReport previous = ReportMother.valid2021().year(2022);
        assertThat(of("YOY.NOT_COMPARABLE", ReportMother.valid2021(), previous))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.INFO);
        assertThat(of("YOY.CARRY_OVER", ReportMother.valid2021(), previous)).isEmpty();
        assertThat(of(
                        "YOY.NOT_COMPARABLE",
                        ReportMother.valid2021(),
                        ReportMother.valid2021().year(2023).agency("另一机关")))
                .hasSize(1);
    }
}
