package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What text an element of a web page holds for {@link HtmlReportParser}: which elements never hold
 * report text, which start a block of prose, and a table cell's text as the eye reads it.
 */
final class HtmlText {
    private HtmlText() {}

    /** Page chrome and non-content elements that never hold report text. */
    static final Set<String> SKIPPED = Set.of(
            "head",
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "aside",
            "footer",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "select",
            "option",
            "button",
            "input",
            "textarea",
            "canvas",
            "video",
            "audio",
            "map",
            "frameset");

    /** Elements that start and end a block of prose (a line of their own). */
    static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "section",
            "article",
            "main",
            "header",
            "center",
            "form",
            "fieldset",
            "legend",
            "figure",
            "figcaption",
            "address",
            "hr",
            "caption",
            "body",
            "html",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "td",
            "th");

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase().contains("display:none");
    }

    /**
     * A cell's text: its paragraphs and {@code <br>}-separated pieces joined as the eye reads them ("商业"
     * + "企业" = 商业企业, "1" + "2" = "1 2"), {@code &nbsp;} as a space, whitespace normalised.
     */
    static String cellText(Element cell) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            current.append(text.getWholeText());
                        } else if (node instanceof Element e) {
                            String tag = e.normalName();
                            if (node != cell && (SKIPPED.contains(tag) || isHidden(e))) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (node != cell && (tag.equals("br") || BLOCKS.contains(tag) || tag.equals("table"))) {
                                cut();
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node != cell && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            cut();
                        }
                        return FilterResult.CONTINUE;
                    }

                    private void cut() {
                        String piece = MarkupText.normalize(current);
                        current.setLength(0);
                        if (!piece.isEmpty()) {
                            pieces.add(piece);
                        }
                    }
                },
                cell);
        String last = MarkupText.normalize(current);
        if (!last.isEmpty()) {
            pieces.add(last);
        }
        return MarkupText.join(pieces);
    }
}
