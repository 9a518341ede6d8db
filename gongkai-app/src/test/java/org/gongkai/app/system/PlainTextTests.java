package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.app.system.api.PlainText;
import org.junit.jupiter.api.Test;

class PlainTextTests {
    @Test
    void controlAndInvisibleFormatCharactersAreHidden() {
        for (String bad : new String[] {
            "a\u0000b", "a\u0007b", "a\nb", "a\tb", "办公室\u202Ecba", "a\u200Bb", "a\u2028b", "\uFEFFa", "a\uE000b"
        }) {
            assertThat(PlainText.hasHiddenCharacters(bad))
                    .as("%s", bad.codePoints().toArray())
                    .isTrue();
        }
    }

    @Test
    void ordinaryChineseNamesAndPunctuationPass() {
        for (String good : new String[] {"达州市商务局", "办公室（政务公开科）", "张三·李", "Zhang San", "第1科", "𠀀字"}) {
            assertThat(PlainText.hasHiddenCharacters(good)).as(good).isFalse();
        }
    }

    @Test
    void excerptsCutLongTextWithAnEllipsis() {
        assertThat(PlainText.excerpt("短", 5)).isEqualTo("短");
        assertThat(PlainText.excerpt("一二三四五六", 3)).isEqualTo("一二三…");
        assertThat(PlainText.excerpt(null, 3)).isNull();
    }
}
