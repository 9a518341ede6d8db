package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportParserTests {

    static String sample() throws IOException {
        try (InputStream in = HtmlReportParserTests.class.getResourceAsStream("/html/report-2021-edition.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> cellsOf(List<GridLine> lines, String firstCell) {
        return lines.stream()
                .filter(l -> !l.cells().isEmpty() && l.cells().get(0).equals(firstCell))
                .findFirst()
                .map(GridLine::cells)
                .orElseThrow(() -> new AssertionError("no line starting with " + firstCell + " in " + lines));
    }

    @Test
    void readsTheSampleReportToItsNumbers() throws IOException {
        ParsedReport parsed = HtmlReportParser.parse(sample());

        SampleReport.assertNumbers(parsed.report());
    }

    @Test
    void theTitleComesFirstAndPageChromeIsLeftOut() throws IOException {
        List<GridLine> lines = HtmlReportParser.lines(sample());

        assertThat(lines.get(0).cells()).containsExactly(SampleReport.TITLE);
        assertThat(lines)
                .extracting(l -> String.join("|", l.cells()))
                .noneMatch(t -> t.contains("tracker") || t.contains("首页") || t.contains("网站标识码") || t.contains("td {"));
    }

    @Test
    void aLayoutTableIsUnwrappedIntoProseAndTheReportTables() throws IOException {
        List<GridLine> lines = HtmlReportParser.lines(sample());

        assertThat(lines)
                .filteredOn(l -> l.cells().equals(List.of("一、总体情况")))
                .singleElement()
                .satisfies(l -> assertThat(l.tableRow()).isFalse());
        assertThat(lines).filteredOn(l -> l.cells().equals(List.of("政府信息公开年报"))).hasSize(1);
    }

    @Test
    void aRowIsItsCellsOnceEachWithNbspAndWrappersRemoved() throws IOException {
        List<GridLine> lines = HtmlReportParser.lines(sample());

        assertThat(cellsOf(lines, "规章")).containsExactly("规章", "1", "0", "3");
        assertThat(cellsOf(lines, "行政规范性文件")).containsExactly("行政规范性文件", "12", "4", "87");
        assertThat(cellsOf(lines, "行政许可")).containsExactly("行政许可", "356");
        assertThat(cellsOf(lines, "行政强制")).containsExactly("行政强制", "/");
        assertThat(cellsOf(lines, "信息内容")).contains("本年制发件数");
        assertThat(lines).anyMatch(l -> l.cells().equals(List.of("信息内容", "本年收费金额（单位：万元）")));
        assertThat(cellsOf(lines, "三、本年度办理结果"))
                .containsExactly("三、本年度办理结果", "（一）予以公开", "20", "3", "0", "1", "1", "0", "25");
        assertThat(cellsOf(lines, "（三）不予公开")).containsExactly("（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1");
        // a rowspan's continuation rows do not repeat it
        assertThat(cellsOf(lines, "2.其他法律行政法规禁止公开")).hasSize(8);
        assertThat(cellsOf(lines, "商业企业")).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(cellsOf(lines, "结果维持")).hasSize(15).startsWith("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(lines)
                .filteredOn(GridLine::tableRow)
                .allMatch(l -> l.cells().size() > 1 || l.cells().get(0).startsWith("第二十条"));
    }

    @Test
    void aLineBreakInProseStartsANewLine() throws IOException {
        List<GridLine> lines = HtmlReportParser.lines(sample());

        assertThat(lines)
                .extracting(l -> l.cells().get(0))
                .contains("2023年，我局坚持以公开为常态、不公开为例外，全年共受理政府信息公开申请48件。", "（一）主动公开情况。全年主动公开政府信息312条。");
    }

    @Test
    void eachLineCarriesItsLineInTheHtmlSource() throws IOException {
        String html = sample();
        List<String> source = html.lines().toList();
        List<GridLine> lines = HtmlReportParser.lines(html);

        GridLine regulations = lines.stream()
                .filter(l -> l.cells().get(0).equals("规章"))
                .findFirst()
                .orElseThrow();
        int line = regulations.position().line();
        assertThat(source.get(line - 1)).contains("<td><p>规章</p></td>");
    }

    @Test
    void aOneCellTableNestedInACellIsTheCellsText() {
        String html = "<table><tr><td>规章</td><td><table><tr><td><span>7</span></td></tr></table></td>"
                + "<td>0</td><td>&nbsp;</td></tr></table>";

        List<GridLine> lines = HtmlReportParser.lines(html);

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.cells()).containsExactly("规章", "7", "0", "");
            assertThat(l.tableRow()).isTrue();
        });
    }

    @Test
    void aOneCellFrameAroundTheProseIsReadAsProse() {
        String html = "<table><tr><td><p>一、总体情况</p><p>全年受理申请3件。</p></td></tr></table>"
                + "<table><tr><td colspan=\"4\"><p>第二十条第（一）项</p></td></tr></table>";

        List<GridLine> lines = HtmlReportParser.lines(html);

        assertThat(lines)
                .extracting(GridLine::cells, GridLine::tableRow)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("一、总体情况"), false),
                        org.assertj.core.groups.Tuple.tuple(List.of("全年受理申请3件。"), false),
                        org.assertj.core.groups.Tuple.tuple(List.of("第二十条第（一）项"), true));
    }

    @Test
    void hiddenElementsAndEmptyRowsAreSkipped() {
        String html = "<p style=\"display: none\">一、总体情况</p><div hidden>隐藏</div>"
                + "<table><tr><td>&nbsp;</td><td> </td></tr><tr><td>行政处罚</td><td>5</td></tr></table>";

        List<GridLine> lines = HtmlReportParser.lines(html);

        assertThat(lines).extracting(GridLine::cells).containsExactly(List.of("行政处罚", "5"));
    }

    @Test
    void wrappedChineseTextIsJoinedWithoutTheSourcesLineBreak() {
        String html =
                "<p>三、收到和处理政府信息公开\n    申请情况</p><table><tr><td>收费</td><td><p>本年收费金额 </p><p>12.5</p></td></tr></table>";

        List<GridLine> lines = HtmlReportParser.lines(html);

        assertThat(lines.get(0).cells()).containsExactly("三、收到和处理政府信息公开申请情况");
        assertThat(lines.get(1).cells()).containsExactly("收费", "本年收费金额12.5");
    }

    @Test
    void emptyAndBrokenMarkupGiveNoLinesAndNoException() {
        assertThat(HtmlReportParser.lines("")).isEmpty();
        assertThat(HtmlReportParser.lines(null)).isEmpty();
        assertThat(HtmlReportParser.lines("<table><tr><td>行政许可<td>3</table></p></div>"))
                .singleElement()
                .extracting(GridLine::cells)
                .isEqualTo(List.of("行政许可", "3"));
        assertThat(HtmlReportParser.parse("<<<>>>").report()).isNotNull();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String deep = "<div>".repeat(20_000) + "一、总体情况" + "</div>".repeat(20_000) + "<table><tr><td>".repeat(2_000)
                + "5" + "</td></tr></table>".repeat(2_000);

        assertThat(HtmlReportParser.parse(deep)).isNotNull();
    }
}
