package org.gongkai.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.report.AnnualReport;

/**
 * Writes a report as one complete HTML5 page ({@code lang="zh-CN"}, UTF-8, print CSS for A4) in the
 * official layout: the title as {@code <h1>}, each section heading as {@code <h2>}, paragraphs as
 * {@code <p>}, and the three tables with their merged cells as {@code rowspan}/{@code colspan}
 * exactly as the national format prints them (table 3: the header note over three rows and three
 * columns, 申请人情况 and 法人或其他组织, 三、本年度办理结果 over 20 rows in the 2019 edition and 22 in
 * the 2021 edition, the （三）（四）（五）（六） group cells; table 4: 行政复议, 行政诉讼, 未经复议直接起诉,
 * 复议后起诉). All text is escaped.
 */
public final class HtmlRenderer {
    private static final String CSS = css();

    private HtmlRenderer() {}

    public static String render(AnnualReport report) {
        StringBuilder sb = new StringBuilder();
        List<ReportOutline.Block> blocks = ReportOutline.of(report);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.append("<title>").append(escape(ReportOutline.title(report))).append("</title>\n");
        sb.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
        boolean inSection = false;
        for (ReportOutline.Block block : blocks) {
            if (block instanceof ReportOutline.Title t) {
                sb.append("<h1>").append(escape(t.text())).append("</h1>\n");
            } else if (block instanceof ReportOutline.Heading h) {
                if (inSection) {
                    sb.append("</section>\n");
                }
                inSection = true;
                sb.append("<section>\n<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (block instanceof ReportOutline.Paragraph p) {
                sb.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof ReportOutline.Table t) {
                table(t.grid(), sb);
            }
        }
        if (inSection) {
            sb.append("</section>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(TableGrid grid, StringBuilder sb) {
        sb.append("<table aria-label=\"").append(escape(grid.name())).append("\">\n");
        List<List<TableGrid.Cell>> rows = grid.rows();
        if (grid.headerRows() > 0) {
            sb.append("<thead>\n");
        } else {
            sb.append("<tbody>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (r == grid.headerRows() && r > 0) {
                sb.append("</thead>\n<tbody>\n");
            }
            sb.append("<tr>");
            for (TableGrid.Cell c : rows.get(r)) {
                String tag = c.kind() == TableGrid.Kind.HEADER ? "th" : "td";
                sb.append('<').append(tag);
                if (c.rowSpan() > 1) {
                    sb.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                if (c.colSpan() > 1) {
                    sb.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                switch (c.kind()) {
                    case BLOCK -> sb.append(" class=\"block\"");
                    case LABEL -> sb.append(" class=\"label\"");
                    case VALUE -> sb.append(" class=\"value\"");
                    default -> {}
                }
                sb.append('>').append(escape(c.text())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
