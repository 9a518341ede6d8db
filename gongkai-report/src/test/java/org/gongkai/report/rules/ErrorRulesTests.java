package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.parse.ReadingMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error rule: the valid reports pass, and one mutation makes exactly that rule fire. */
class ErrorRulesTests {
    private final Auditor auditor = new Auditor();

    @Test
    void validReportsOfBothEditionsHaveNoFindingAtAll() {
        assertThat(auditor.audit(ReportMother.valid2021(), null)).isEmpty();
        assertThat(auditor.audit(ReportMother.valid2019(), null)).isEmpty();
    }

    @Test
    void seedLikeAllZeroReportHasNoErrorAndLosesThreeSections() {
        List<Finding> findings = auditor.audit(ReportMother.seedLike2019(), null);
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings)
                .extracting(Finding::rule)
                .containsExactly("DOC.SECTION_MISSING", "DOC.SECTION_MISSING", "DOC.SECTION_MISSING");
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly(
                        "报告缺少第三部分标题“三、收到和处理政府信息公开申请情况”",
                        "报告缺少第四部分标题“四、政府信息公开行政复议、行政诉讼情况”",
                        "报告缺少第五部分标题“五、存在的主要问题及改进情况”");
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of(
                        "T3.BALANCE",
                        m2021(r -> r.table3()
                                .set(Table3Row.CARRIED_FORWARD, ApplicantColumn.OTHER, 1L)
                                .set(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, 104L)),
                        "表三“法人或其他组织·其他”列",
                        2),
                Arguments.of(
                        "T3.ROW_TOTAL",
                        m2021(r -> r.table3().set(Table3Row.GRANTED, ApplicantColumn.TOTAL, 1363L)),
                        "表三“三（一）予以公开”行“总计”列为1363，但自然人与法人或其他组织各列之和为1362",
                        1),
                Arguments.of(
                        "T3.RESULT_SUM",
                        m2019(r -> r.table3()
                                .set(Table3Row.NOT_HELD, ApplicantColumn.NATURAL_PERSON, 10L)
                                .set(Table3Row.NOT_HELD, ApplicantColumn.TOTAL, 10L)),
                        "表三“（七）总计”行“自然人”列为20，但各办理结果之和为26",
                        2),
                Arguments.of(
                        "T3.NEGATIVE",
                        m2019(r -> r.table3().set(Table3Row.DUPLICATE, ApplicantColumn.RESEARCH, -1L)),
                        "“法人或其他组织·科研机构”列为-1",
                        1),
                Arguments.of(
                        "T2.NEGATIVE",
                        m2021(r -> r.table2().set(Table2Row.PENALTIES, Table2Column.DECISIONS_2021, -5)),
                        "表二“行政处罚”行“本年处理决定数量”列为-5",
                        1),
                Arguments.of(
                        "T2.NOT_INTEGER",
                        m2019(r -> r.table2().set(Table2Row.LICENSING, Table2Column.DECISIONS, new BigDecimal("50.5"))),
                        "件数应为整数",
                        1),
                Arguments.of(
                        "T4.GROUP_TOTAL",
                        m2021(r -> r.table4().set(Table4Group.LITIGATION_DIRECT, Table4Column.TOTAL, 27L)),
                        "表四“行政诉讼·未经复议直接起诉”的“总计”为27，但结果维持、结果纠正、其他结果、尚未审结之和为26",
                        1),
                Arguments.of(
                        "T4.NEGATIVE",
                        m2019(r -> r.table4().set(Table4Group.RECONSIDERATION, Table4Column.PENDING, -2L)),
                        "“尚未审结”为-2",
                        1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void oneMutationMakesTheRuleFire(String rule, AnnualReport broken, String messagePart, int count) {
        List<Finding> findings = auditor.audit(broken, null);
        List<Finding> ofRule =
                findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(ofRule).hasSize(count).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(ofRule.get(0).message()).contains(messagePart);
        assertThat(ofRule.get(0).where()).isNotBlank();
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void resultSumMessageAndWhereNameTheCell() {
        AnnualReport r = ReportMother.valid2019();
        r.table3()
                .set(Table3Row.DUPLICATE, ApplicantColumn.NATURAL_PERSON, 6L)
                .set(Table3Row.DUPLICATE, ApplicantColumn.TOTAL, 6L);
        ReadingMetadata read = new ReadingMetadata().position(Table3Row.TOTAL, SourcePosition.line(42));
        Finding f = auditor.audit(r, null, read).get(0);
        assertThat(f.rule()).isEqualTo("T3.RESULT_SUM");
        assertThat(f.message()).isEqualTo("表三“（七）总计”行“自然人”列为20，但各办理结果之和为26");
        assertThat(f.where()).isEqualTo("表三 · 三（七）总计 · 自然人");
        assertThat(f.line()).isEqualTo(42);
    }

    @Test
    void carryOverMismatchIsAnErrorByDefaultAndAWarningWhenConfigured() {
        AnnualReport previous = ReportMother.valid2021();
        previous.year(2023);
        AnnualReport current = ReportMother.valid2021();
        // 2024 carries over 34 (自然人) but the 2023 report carried forward 103.
        List<Finding> findings = auditor.audit(current, previous).stream()
                .filter(f -> f.rule().equals("YOY.CARRY_OVER"))
                .toList();
        assertThat(findings).hasSize(2).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings.get(0).message()).isEqualTo("表三“二、上年结转政府信息公开申请数量”行“自然人”列为34，但2023年度报告“四、结转下年度继续办理”为103");

        previous.table3()
                .set(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 34L)
                .set(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, 34L);
        assertThat(auditor.audit(current, previous)).noneMatch(f -> f.rule().equals("YOY.CARRY_OVER"));

        previous.table3().set(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, 35L);
        Auditor lenient = new Auditor(AuditOptions.defaults().withCarryOverMismatchIsError(false));
        assertThat(lenient.audit(current, previous))
                .filteredOn(f -> f.rule().equals("YOY.CARRY_OVER"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void carryOverHoldsAcrossTheEditionChange() {
        AnnualReport y2020 = ReportMother.valid2019();
        y2020.table3().set(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1L);
        AnnualReport y2021 = ReportMother.valid2021().year(2021).agency("某区管委会");
        List<Finding> findings = auditor.audit(y2021, y2020);
        assertThat(findings).filteredOn(f -> f.rule().equals("YOY.CARRY_OVER")).hasSize(2);
        assertThat(findings)
                .noneMatch(f -> f.rule().equals("YOY.IN_FORCE") || f.rule().equals("YOY.PROJECT_COUNT"));
    }

    private static AnnualReport m2021(Consumer<AnnualReport> change) {
        AnnualReport r = ReportMother.valid2021();
        change.accept(r);
        return r;
    }

    private static AnnualReport m2019(Consumer<AnnualReport> change) {
        AnnualReport r = ReportMother.valid2019();
        change.accept(r);
        return r;
    }
}
