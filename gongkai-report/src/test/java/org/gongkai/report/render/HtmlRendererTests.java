package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.report.AnnualReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page: a complete document with the national format's merged cells. */
class HtmlRendererTests {

    @Test
    void isACompleteChinesePage() {
        String html = HtmlRenderer.render(SampleReports.seed2020());
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("UTF-8");
        assertThat(doc.selectFirst("style").data()).contains("@media print", "@page");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("达州市商务局2020年政府信息公开工作年度报告");
        assertThat(doc.select("h2").eachText())
                .containsExactly(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");
        assertThat(doc.select("table")).hasSize(3);
    }

    @Test
    void table3ResultCellSpansTwentyRowsIn2019() {
        Element table3 = Jsoup.parse(HtmlRenderer.render(SampleReports.seed2020()))
                .select("table")
                .get(1);

        assertThat(cell(table3, "三、本年度办理结果").attr("rowspan")).isEqualTo("20");
        assertThat(cell(table3, "（三）不予公开").attr("rowspan")).isEqualTo("8");
        assertThat(cell(table3, "（四）无法提供").attr("rowspan")).isEqualTo("3");
        assertThat(cell(table3, "（五）不予处理").attr("rowspan")).isEqualTo("5");
        assertThat(cell(table3, "（六）其他处理").attr("colspan")).isEqualTo("2");
        Element note = table3.selectFirst("th");
        assertThat(note.text()).startsWith("（本列数据的勾稽关系为");
        assertThat(note.attr("rowspan")).isEqualTo("3");
        assertThat(note.attr("colspan")).isEqualTo("3");
        assertThat(cell(table3, "申请人情况").attr("colspan")).isEqualTo("7");
        assertThat(cell(table3, "法人或其他组织").attr("colspan")).isEqualTo("5");
        assertThat(cell(table3, "自然人").attr("rowspan")).isEqualTo("2");
        assertThat(table3.select("tr")).hasSize(3 + 23);
    }

    @Test
    void table3ResultCellSpansTwentyTwoRowsIn2021() {
        Element table3 = Jsoup.parse(HtmlRenderer.render(SampleReports.of2021()))
                .select("table")
                .get(1);

        assertThat(cell(table3, "三、本年度办理结果").attr("rowspan")).isEqualTo("22");
        assertThat(cell(table3, "（六）其他处理").attr("rowspan")).isEqualTo("3");
        assertThat(table3.select("tr")).hasSize(3 + 25);
    }

    @Test
    void table4HasItsGroupHeaders() {
        Element table4 = Jsoup.parse(HtmlRenderer.render(SampleReports.of2021()))
                .select("table")
                .get(2);

        assertThat(cell(table4, "行政复议").attr("colspan")).isEqualTo("5");
        assertThat(cell(table4, "行政诉讼").attr("colspan")).isEqualTo("10");
        assertThat(cell(table4, "未经复议直接起诉").attr("colspan")).isEqualTo("5");
        assertThat(cell(table4, "复议后起诉").attr("colspan")).isEqualTo("5");
        Elements data = table4.select("tbody tr").last().select("td");
        assertThat(data.eachText()).hasSize(15).startsWith("1", "1", "0", "1", "3");
    }

    @Test
    void escapesText() {
        AnnualReport report = SampleReports.seed2020().title("<script>alert(1)</script> & 报告");

        String html = HtmlRenderer.render(report);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 报告");
    }

    private static Element cell(Element table, String text) {
        Element cell = table.select("td, th").stream()
                .filter(e -> e.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
        return cell;
    }
}
