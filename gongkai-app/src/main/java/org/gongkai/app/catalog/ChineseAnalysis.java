package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How catalog text is analysed for search, at index and at query time alike: Traditional characters
 * are folded to Simplified first (opencc4j, character by character, so every character keeps its place
 * and highlights fall on the right words), then SmartChineseAnalyzer's chain cuts the words: its HMM
 * tokenizer, Porter stemming for Latin words, its stop set (punctuation). 行政許可 and 行政许可 both
 * become [行政, 许可].
 */
final class ChineseAnalysis {
    /** The analyzer's name in the mapping ({@code @FullTextField(analyzer = …)}). */
    static final String ANALYZER = "chinese";

    /**
     * The fold of each character of the Basic Multilingual Plane once it has been asked (0: not yet): opencc4j is
     * asked once per character, not once per occurrence (it was a tenth of the CPU of mass indexing). Threads may
     * fill the same slot at once; they write the same value.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private ChineseAnalysis() {}

    /** {@code text} with each Traditional character replaced by its Simplified one; same length. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        StringBuilder beyond = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                beyond = new StringBuilder(text.length());
                break;
            }
            char f = FOLDED[c];
            if (f == 0) {
                f = fold(c).charAt(0);
                FOLDED[c] = f;
            }
            chars[i] = f;
        }
        if (beyond == null) {
            return new String(chars);
        }
        // a character beyond the BMP: fold code point by code point, as opencc4j is asked
        StringBuilder folded = beyond;
        text.codePoints().forEach(c -> folded.append(fold(c)));
        return folded.toString();
    }

    private static String fold(int c) {
        String one = new String(Character.toChars(c));
        String simple = Character.isIdeographic(c) ? ZhConverterUtil.toSimple(one) : one;
        return simple != null && simple.length() == one.length() ? simple : one;
    }

    /**
     * Every fold of {@link #fold(String)} in the Basic Multilingual Plane's ideographs (CJK Unified
     * Ideographs, Extension A, the compatibility ideographs), as {@code 許=>许}: the rules of the mapping
     * character filter that does the same fold on OpenSearch ({@link OpenSearchAnalysis}). Ideographs beyond
     * the BMP are left as they are there.
     */
    static List<String> foldings() {
        List<String> rules = new ArrayList<>();
        int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                String simple = fold(c);
                if (simple.codePointAt(0) != c) {
                    rules.add(new String(Character.toChars(c)) + "=>" + simple);
                }
            }
        }
        return rules;
    }

    /** SmartChineseAnalyzer's chain after the Traditional-to-Simplified fold. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new PorterStemFilter(tokenizer);
            stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(fold(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Registers {@link #ANALYZER} with the Lucene backend. */
    static final class Configurer implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(ANALYZER).instance(new FoldingAnalyzer());
        }
    }
}
