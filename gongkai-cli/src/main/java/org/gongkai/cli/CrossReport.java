package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.report.Finding;

/**
 * The findings of the rules that compare two reports — this year's against last year's of the same
 * agency: the {@code YOY.} rules and {@code TXT.COPIED_NARRATIVE} — printed after all reports. For
 * people, a table per pair that has findings; as JSON, one {@code gongkai.year-over-year/1} line per
 * pair (docs/report-json.md).
 */
final class CrossReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CrossReport() {}

    static boolean isCrossReport(String rule) {
        return rule.startsWith("YOY.") || rule.equals("TXT.COPIED_NARRATIVE");
    }

    static String format(boolean json, Path now, Path before, List<Finding> findings) {
        if (json) {
            return json(now, before, findings) + System.lineSeparator();
        }
        if (findings.isEmpty()) {
            return "";
        }
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.println("== " + now);
        out.println("   对照上一年度：" + before);
        HumanReport.table(out, findings);
        out.println();
        out.flush();
        return s.toString();
    }

    private static String json(Path now, Path before, List<Finding> findings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "gongkai.year-over-year/1");
        root.put("source", now.toString());
        root.put("previousSource", before.toString());
        ArrayNode out = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = out.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().code());
            n.put("message", f.message());
            n.put("where", f.where());
            if (f.page() != null) {
                n.put("page", f.page());
            }
            if (f.line() != null) {
                n.put("line", f.line());
            }
            if (f.column() != null) {
                n.put("column", f.column());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
