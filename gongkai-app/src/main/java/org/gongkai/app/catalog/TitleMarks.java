package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of a query marked in a hit's title: the title is cut into words by the analyzer the index uses
 * ({@link ChineseAnalysis}, Traditional folded), and each word that is also a word of the query is wrapped in
 * {@code <mark>}; everything else is HTML-escaped. The search itself looks in one field holding title, body and
 * the rest ({@link CatalogItem#getSearchText}), so the index's highlighter, which marks a field's own matches,
 * can no longer mark the title; a title is short enough to cut again for each hit shown.
 */
final class TitleMarks {
    private static final Analyzer ANALYZER = new ChineseAnalysis.FoldingAnalyzer();

    private final Set<String> words;

    /** The words of the query, in all its variants. */
    TitleMarks(Collection<String> queries) {
        Set<String> all = new HashSet<>();
        for (String q : queries) {
            cut(q, (term, start, end) -> all.add(term));
        }
        this.words = Set.copyOf(all);
    }

    /** {@code title} as escaped HTML with the query's words marked, or "" when none of them is in it. */
    String mark(String title) {
        if (title == null || words.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        int[] done = {0};
        cut(title, (term, start, end) -> {
            if (words.contains(term) && start >= done[0]) {
                html.append(HtmlUtils.htmlEscape(title.substring(done[0], start)))
                        .append("<mark>")
                        .append(HtmlUtils.htmlEscape(title.substring(start, end)))
                        .append("</mark>");
                done[0] = end;
            }
        });
        if (done[0] == 0) {
            return "";
        }
        return html.append(HtmlUtils.htmlEscape(title.substring(done[0]))).toString();
    }

    private interface Word {
        void accept(String term, int start, int end);
    }

    private static void cut(String text, Word each) {
        try (TokenStream tokens = ANALYZER.tokenStream("title", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(offset.endOffset(), text.length());
                if (start < end) {
                    each.accept(term.toString(), start, end);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
