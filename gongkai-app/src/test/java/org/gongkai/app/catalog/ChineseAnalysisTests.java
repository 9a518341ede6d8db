package org.gongkai.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The analyzer of catalog search: Traditional folded to Simplified in place, then Chinese words. */
class ChineseAnalysisTests {

    /** The fold remembered per character gives what opencc4j gives character by character, beyond the BMP too. */
    @Test
    void theRememberedFoldIsOpenccsFoldCharacterByCharacter() {
        String text = "關於進一步優化營商環境的實施意見：行政許可、資訊公開、檔案管理。English 2026 \uD840\uDC00𝔸 😀 臺灣 台湾";
        for (int round = 0; round < 2; round++) {
            StringBuilder expected = new StringBuilder();
            text.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                String simple =
                        Character.isIdeographic(c) ? com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(one) : one;
                expected.append(simple != null && simple.length() == one.length() ? simple : one);
            });
            assertThat(ChineseAnalysis.fold(text))
                    .isEqualTo(expected.toString())
                    .hasSameSizeAs(text);
            assertThat(ChineseAnalysis.fold(
                            text.replace("\uD840\uDC00", "").replace("𝔸", "").replace("😀", "")))
                    .isEqualTo(expected.toString()
                            .replace("\uD840\uDC00", "")
                            .replace("𝔸", "")
                            .replace("😀", ""));
        }
    }

    @Test
    void foldsTraditionalCharactersKeepingEveryPlace() {
        assertThat(ChineseAnalysis.fold("行政許可")).isEqualTo("行政许可");
        assertThat(ChineseAnalysis.fold("政府資訊公開 2026年 ABC")).isEqualTo("政府资讯公开 2026年 ABC");
        String mixed = "關於𠀀條例第二十條的說明";
        assertThat(ChineseAnalysis.fold(mixed)).hasSameSizeAs(mixed);
    }

    @Test
    void traditionalAndSimplifiedGiveTheSameWordsAtTheSamePlaces() throws IOException {
        try (Analyzer analyzer = new ChineseAnalysis.FoldingAnalyzer()) {
            assertThat(tokens(analyzer, "关于行政许可事项清单的公告")).containsExactly("关于", "行政", "许可", "事项", "清单", "的", "公告");
            assertThat(tokens(analyzer, "關於行政許可事項清單的公告")).isEqualTo(tokens(analyzer, "关于行政许可事项清单的公告"));
            try (TokenStream stream = analyzer.tokenStream("title", "公開行政許可")) {
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                assertThat(stream.incrementToken()).isTrue();
                assertThat(term.toString()).isEqualTo("公开");
                assertThat(offset.startOffset()).isZero();
                assertThat(offset.endOffset()).isEqualTo(2);
                stream.end();
            }
        }
    }

    @Test
    void theOpenSearchFoldRulesAreTheSameFoldOneCharacterForOne() {
        List<String> rules = ChineseAnalysis.foldings();
        assertThat(rules).contains("許=>许", "開=>开", "關=>关", "資=>资").doesNotContain("许=>许");
        assertThat(rules).hasSizeGreaterThan(2000).allSatisfy(rule -> {
            String[] sides = rule.split("=>");
            assertThat(sides).hasSize(2);
            assertThat(sides[0]).hasSize(1).isNotEqualTo(sides[1]);
            assertThat(sides[1]).hasSize(1).isEqualTo(ChineseAnalysis.fold(sides[0]));
        });
        String text = "關於行政許可事項清單的公告";
        StringBuilder mapped = new StringBuilder();
        Map<String, String> map = new HashMap<>();
        rules.forEach(rule -> map.put(rule.substring(0, 1), rule.substring(3)));
        text.chars().forEach(c -> mapped.append(map.getOrDefault(String.valueOf((char) c), String.valueOf((char) c))));
        assertThat(mapped.toString()).isEqualTo(ChineseAnalysis.fold(text)).isEqualTo("关于行政许可事项清单的公告");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
