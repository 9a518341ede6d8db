package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.rules.Auditor;
import org.junit.jupiter.api.Test;

/**
 * Cells the reader already reported (DOC.SPLIT_AMBIGUOUS, DOC.CELL_UNREADABLE, DOC.ROW_SHORT) are not
 * reported a second time by the blank-cell rules; a row the reader read cleanly but which prints a
 * placeholder still gets its *.BLANK_CELL finding.
 */
class ReaderReportedRowsTests {

    @Test
    void blankCellRulesSkipRowsTheReaderReported() throws IOException {
        String text = TextReportParserTests.fixture("e2021-tabs.txt")
                .replace("规章\t0\t0\t0", "规章\t1112")
                .replace("行政强制\t64", "行政强制\t/")
                .replace("2.重复申请\t25\t0\t0\t0\t0\t0\t25", "2.重复申请\t25\t0\t0\t约0\t0\t0\t25")
                .replace("3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0", "3.要求提供公开出版物\t0\t0\t0\t0\t0");
        ParsedReport parsed = TextReportParser.parse(text);
        AnnualReport r = parsed.report();
        assertThat(parsed.findings())
                .extracting(Finding::rule, Finding::where)
                .contains(
                        tuple("DOC.SPLIT_AMBIGUOUS", "表二 · 规章"),
                        tuple("DOC.CELL_UNREADABLE", "表三 · 三（五）2.重复申请 · 法人或其他组织·社会公益组织"),
                        tuple("DOC.ROW_SHORT", "表三 · 三（五）3.要求提供公开出版物"));
        assertThat(parsed.metadata().reportedByReader(Table2Row.REGULATIONS)).isTrue();
        assertThat(parsed.metadata().reportedByReader(Table3Row.DUPLICATE)).isTrue();
        assertThat(parsed.metadata().reportedByReader(Table3Row.PUBLICATION)).isTrue();
        assertThat(parsed.metadata().reportedByReader(Table2Row.ENFORCEMENT)).isFalse();
        assertThat(parsed.metadata().reportedByReader(Table3Row.NEW_RECEIVED)).isFalse();

        List<Finding> audit = new Auditor().audit(parsed, null);
        assertThat(audit)
                .filteredOn(f -> f.rule().endsWith(".BLANK_CELL"))
                .extracting(Finding::rule, Finding::message)
                .containsExactly(tuple("T2.BLANK_CELL", "表二“行政强制”行的“本年处理决定数量”列为空白或非数字，应填写数字（无则填0）"));
        // not part of the report's value
        AnnualReport clean = TextReportParser.parse(text).report();
        assertThat(clean).isEqualTo(r);
    }
}
