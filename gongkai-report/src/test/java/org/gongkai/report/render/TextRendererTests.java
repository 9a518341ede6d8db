package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.SharedFiles;
import org.junit.jupiter.api.Test;

/** The text rendering: the seed's flattened layout, in Simplified characters. */
class TextRendererTests {

    @Test
    void tablesHaveTheSeedsLayout() throws IOException {
        Optional<Path> seed = SharedFiles.resolve("seed/000_7364606721a9d05b.txt");
        assumeTrue(seed.isPresent(), "the seed report lies in ../shared, which this checkout lacks");
        List<List<String>> expected = new ArrayList<>();
        for (String line : Files.readAllLines(seed.get(), StandardCharsets.UTF_8)) {
            if (line.contains("|")) {
                expected.add(cells(ZhConverterUtil.toSimple(line)));
            }
        }

        List<List<String>> rendered = new ArrayList<>();
        for (String line : TextRenderer.render(SampleReports.seed2020()).split("\n")) {
            if (line.contains("|")) {
                rendered.add(cells(line));
            }
        }

        assertThat(rendered).containsExactlyElementsOf(expected);
    }

    @Test
    void writesTitleStatementHeadingsAndTextInOrder() {
        String text = TextRenderer.render(SampleReports.of2021());

        assertThat(text.lines().toList())
                .startsWith(
                        "杭州市西湖区市场监督管理局2022年政府信息公开工作年度报告",
                        "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
                        "一、总体情况",
                        "严格落实保密审查制度，确保公开信息准确无误。",
                        "二、主动公开政府信息情况",
                        "严格落实保密审查制度，确保公开信息准确无误。",
                        "第二十条第（一）项 | |||",
                        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |")
                .contains(
                        "行政事业性收费 | 96171.6 | ||",
                        "三、本年度办理结果 | （一）予以公开 | 6 | 1 | 0 | 0 | 1 | 0 | 8 | |",
                        "（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||",
                        "1 | 1 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
                .endsWith("六、其他需要报告的事项", "无。");
    }

    @Test
    void composesTheTitleAndStatesThePeriodWhenTheReportDoesNot() {
        AnnualReport report = SampleReports.seed2020().title(null).preamble("");

        String text = TextRenderer.render(report);

        assertThat(text).startsWith("达州市商务局2020年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n");
    }

    @Test
    void blankCellsAreEmpty() {
        AnnualReport report = SampleReports.seed2020();
        report.table2().set(org.gongkai.report.Table2Row.REGULATIONS, org.gongkai.report.Table2Column.NEWLY_MADE, null);

        assertThat(TextRenderer.render(report)).contains("\n规章 | |0 | 0 |\n");
    }

    /**
     * A row's cells as a reader compares them: full-width punctuation, no spaces inside a cell (the
     * seed wraps "不予 公开"), trailing empty cells dropped (the seed pads rows unevenly).
     */
    private static List<String> cells(String line) {
        String normalized = line.replace('(', '（')
                .replace(')', '）')
                .replace(':', '：')
                .replace(',', '，')
                .replace(" ", "");
        List<String> cells = new ArrayList<>(Arrays.asList(normalized.split("\\|", -1)));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
