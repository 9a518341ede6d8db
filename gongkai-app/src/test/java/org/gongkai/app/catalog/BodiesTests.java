package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An item's body is sanitised on the server: what a browser or a pasted Word page sends is never trusted. */
class BodiesTests {

    @Test
    void keepsParagraphsListsTablesAndLinks() {
        String body = "<h2>一、总体要求</h2><p>按照<strong>条例</strong>规定：</p><ul><li>公开</li></ul>"
                + "<table><tr><td>项目</td></tr></table><p><a href=\"https://www.gov.cn/\">中国政府网</a></p>";
        String clean = Bodies.sanitise(body);
        assertThat(clean)
                .contains("<h2>一、总体要求</h2>", "<strong>条例</strong>", "<li>公开</li>", "<td>项目</td>")
                .contains("<a href=\"https://www.gov.cn/\" rel=\"noopener noreferrer\">中国政府网</a>");
    }

    @Test
    void dropsScriptsHandlersStylesImagesAndJavascriptLinks() {
        String body = "<p onclick=\"steal()\" style=\"color:red\">正文</p><script>alert(1)</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">点我</a>"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style>";
        String clean = Bodies.sanitise(body);
        assertThat(clean)
                .doesNotContain("script", "onclick", "onerror", "style", "img", "javascript", "iframe", "alert")
                .contains("<p>正文</p>", "点我");
    }

    @Test
    void aBodyOfEmptyTagsSaysNothing() {
        assertThat(Bodies.hasText(Bodies.sanitise("<p> </p><script>x</script>")))
                .isFalse();
        assertThat(Bodies.hasText(Bodies.sanitise("<p>有内容</p>"))).isTrue();
    }
}
