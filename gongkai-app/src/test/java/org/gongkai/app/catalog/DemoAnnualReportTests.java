package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's 2020 annual report body: the seed's lines in Simplified, `|` rows as table rows, marked demo. */
class DemoAnnualReportTests {
    @Test
    void traditionalLinesBecomeSimplifiedParagraphsAndPipeRowsATable() {
        String body = DemoAnnualReport.fromSeed(List.of(
                "?????一、總體情況",
                "2020年,我局政府信息公開工作<認真>。",
                "信息內容 | 本年新制作數量 | 本年新公開數量 | 對外公開總數量 |",
                "規范性文件 | 0 | 0 | 1 |",
                "六、其他需要報告的事項"));
        assertThat(body)
                .startsWith("<p>（演示数据")
                .contains("<p>一、总体情况</p>")
                .contains("<p>2020年,我局政府信息公开工作&lt;认真&gt;。</p>")
                .contains("<table><tbody><tr><td>信息内容</td><td>本年新制作数量</td>")
                .contains("<tr><td>规范性文件</td><td>0</td><td>0</td><td>1</td><td></td></tr></tbody></table>")
                .endsWith("<p>六、其他需要报告的事项</p>");
    }

    @Test
    void theBodyIsMarkedDemoWhetherTheSeedIsThereOrNot() {
        assertThat(DemoAnnualReport.body()).contains("演示数据").contains("一、总体情况");
    }
}
