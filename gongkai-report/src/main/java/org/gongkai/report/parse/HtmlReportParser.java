package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an annual report published as a web page. Government portals print the three tables as
 * {@code <table>} markup (rowspan/colspan headers, numbers wrapped in {@code <p>}/{@code <span>},
 * {@code &nbsp;} padding, Word-exported markup) and the prose as paragraphs, often inside a layout
 * table. This front-end only cuts the page into {@link GridLine}s: one per {@code <tr>} of a data
 * table, one per block of prose, in document order, each with its line in the HTML source; {@link
 * ReportAssembler} finds the sections and tables.
 */
public final class HtmlReportParser {

    /**
     * How many tables deep a layout table is still unwrapped; deeper, a table's rows are read as rows.
     * jsoup already bounds the element depth (below), this only bounds this parser's own recursion.
     */
    private static final int MAX_LAYOUT_DEPTH = 32;

    private static final int MAX_ELEMENT_DEPTH = 256;

    private HtmlReportParser() {}

    /** Reads the page; never throws on bad markup (jsoup repairs any input into a tree). */
    public static ParsedReport parse(String html) {
        return ReportAssembler.assemble(lines(html));
    }

    /** The page cut into lines: the title first, then table rows and prose blocks in document order. */
    public static List<GridLine> lines(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_ELEMENT_DEPTH);
        Document doc = Jsoup.parse(html == null ? "" : html, "", parser);
        Cutter cutter = new Cutter();
        // The page title first. Portals append the site's name to <title> ("…年度报告_某某市人民政府"),
        // so an <h1> that the <title> contains is the cleaner title; it is then not repeated below.
        String title = MarkupText.normalize(doc.title());
        Element h1 = doc.body().selectFirst("h1");
        String heading = h1 == null ? "" : MarkupText.normalize(h1.text());
        if (!heading.isEmpty() && (title.isEmpty() || title.contains(heading))) {
            cutter.add(List.of(heading), lineOf(h1), false);
            cutter.skip = h1;
        } else if (!title.isEmpty()) {
            cutter.add(List.of(title), lineOf(doc.selectFirst("title")), false);
        }
        cutter.flow(doc.body(), 0);
        cutter.flushProse();
        return cutter.lines;
    }

    private static Integer lineOf(Node node) {
        if (node == null) {
            return null;
        }
        Range range = node.sourceRange();
        return range.isTracked() ? range.start().lineNumber() : null;
    }

    /** Walks the page, keeping the prose buffer and the lines cut so far. */
    private static final class Cutter {
        final List<GridLine> lines = new ArrayList<>();
        private final StringBuilder prose = new StringBuilder();
        private Integer proseLine;
        private Integer lastLine;
        /** An element already read (the title heading). */
        Element skip;

        void add(List<String> cells, Integer line, boolean tableRow) {
            if (line == null) {
                line = lastLine;
            }
            lastLine = line;
            lines.add(new GridLine(cells, line == null ? null : SourcePosition.line(line), tableRow));
        }

        void flushProse() {
            String text = MarkupText.normalize(prose);
            prose.setLength(0);
            if (!text.isEmpty()) {
                add(List.of(text), proseLine, false);
            }
            proseLine = null;
        }

        /** Prose and tables under {@code root}, in document order; iterative, so deep markup is safe. */
        void flow(Element root, int tableDepth) {
            NodeTraversor.filter(
                    new NodeFilter() {
                        @Override
                        public FilterResult head(Node node, int depth) {
                            if (node instanceof TextNode text) {
                                if (prose.isEmpty() && !text.isBlank()) {
                                    proseLine = lineOf(text);
                                }
                                prose.append(text.getWholeText());
                                return FilterResult.CONTINUE;
                            }
                            if (!(node instanceof Element e)) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            String tag = e.normalName();
                            if (HtmlText.SKIPPED.contains(tag) || HtmlText.isHidden(e)) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (e == skip) {
                                flushProse();
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (tag.equals("table") && node != root) {
                                flushProse();
                                table(e, tableDepth);
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (tag.equals("br") || HtmlText.BLOCKS.contains(tag)) {
                                flushProse();
                            }
                            return FilterResult.CONTINUE;
                        }

                        @Override
                        public FilterResult tail(Node node, int depth) {
                            if (node instanceof Element e && HtmlText.BLOCKS.contains(e.normalName())) {
                                flushProse();
                            }
                            return FilterResult.CONTINUE;
                        }
                    },
                    root);
        }

        /** A data table gives one line per row; a layout row's cells are read as flowing content. */
        void table(Element table, int tableDepth) {
            for (Element row : rowsOf(table)) {
                List<Element> cells = row.children().stream()
                        .filter(c -> c.nameIs("td") || c.nameIs("th"))
                        .filter(c -> !HtmlText.isHidden(c))
                        .toList();
                if (cells.isEmpty()) {
                    continue;
                }
                if (tableDepth < MAX_LAYOUT_DEPTH && isLayout(cells)) {
                    for (Element cell : cells) {
                        flow(cell, tableDepth + 1);
                        flushProse();
                    }
                    continue;
                }
                List<String> texts = new ArrayList<>(cells.size());
                for (Element cell : cells) {
                    texts.add(HtmlText.cellText(cell));
                }
                if (texts.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                Integer line = lineOf(row);
                add(texts, line != null ? line : lineOf(cells.get(0)), true);
            }
        }
    }

    /** The rows that belong to this table itself, not to a table nested in one of its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") == table) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Whether a row is page layout rather than report data: a cell holds a real table (portals wrap the
     * whole report in one), or the row's only cell holds several paragraphs (a frame around the text).
     */
    private static boolean isLayout(List<Element> cells) {
        if (cells.stream().anyMatch(HtmlReportParser::holdsRealTable)) {
            return true;
        }
        return cells.size() == 1
                && cells.get(0).select("p, div, h1, h2, h3, h4, h5, h6, li").size() > 1;
    }

    private static boolean holdsRealTable(Element cell) {
        for (Element nested : cell.select("table")) {
            if (nested.select("td, th").size() > 1) {
                return true;
            }
        }
        return false;
    }
}
