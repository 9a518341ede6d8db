package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query's words marked in a title, everything else escaped. */
class TitleMarksTests {
    @Test
    void theQuerysWordsAreMarkedInTraditionalOrSimplifiedAndTheRestEscaped() {
        TitleMarks marks = new TitleMarks(List.of("行政許可", "行政许可"));
        assertThat(marks.mark("<b>关于行政许可事项清单的公告</b>"))
                .isEqualTo("&lt;b&gt;关于<mark>行政</mark><mark>许可</mark>事项清单的公告&lt;/b&gt;");
        assertThat(marks.mark("關於行政許可的公告")).contains("<mark>行政</mark><mark>許可</mark>");
    }

    @Test
    void aTitleWithoutTheWordsOrAnEmptyQueryGivesNothingToShow() {
        assertThat(new TitleMarks(List.of("预算")).mark("关于行政许可的公告")).isEmpty();
        assertThat(new TitleMarks(List.of()).mark("关于行政许可的公告")).isEmpty();
        assertThat(new TitleMarks(List.of("<script>")).mark("<script>alert(1)</script>"))
                .doesNotContain("<script>");
    }
}
