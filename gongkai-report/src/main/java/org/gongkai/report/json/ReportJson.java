package org.gongkai.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;

/**
 * The machine-readable form of an {@link AnnualReport}: schema {@code gongkai.annual-report/1} of
 * {@code docs/report-json.md}, written as one line (JSON Lines) or pretty, and read back.
 *
 * <p>Besides the documented keys, {@link #write} adds three that the contract does not list:
 * {@code title} and {@code preamble} at the top level and {@code text} in each section. The contract
 * says keys are stable and a change of shape needs a new version; adding a key changes no existing
 * one, so a consumer of version 1 reads the document as before, and the report comes back whole
 * ({@code read(write(r))} equals {@code r}). {@link #read} accepts documents without them.
 *
 * <p>Numbers: table 2 values are {@link BigDecimal}s written in plain notation, so amounts keep their
 * decimals (never {@code double}); a blank cell is {@code null}. A table that was not found is {@code
 * null}; a row (table 2, table 3) or group (table 4) that was not found is left out.
 */
public final class ReportJson {
    /** The schema id this class writes and the only one it reads. */
    public static final String SCHEMA = "gongkai.annual-report/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private ReportJson() {}

    /**
     * One line of JSON for the report.
     *
     * @param findings the audit's findings, in order; null or empty for none
     * @param source the file the report was read from; null when it was not read from a file
     */
    public static String write(AnnualReport report, List<Finding> findings, String source) {
        try {
            return MAPPER.writeValueAsString(tree(report, findings, source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same document as {@link #write}, indented for a person to read. */
    public static String writePretty(AnnualReport report, List<Finding> findings, String source) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report, findings, source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report a document describes. Findings and source are not part of the report and are not
     * returned; they are checked only for being well formed.
     *
     * @throws ReportJsonException naming the wrong key: not JSON, unknown schema, bad edition, a row
     *     of table 3 without 7 numbers, a value that is not a number, an unknown row or value key
     */
    public static AnnualReport read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportJsonException(null, "不是合法的 JSON：" + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportJsonException(null, "年度报告 JSON 应是一个对象");
        }
        return new Reader().read((ObjectNode) root);
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    private static ObjectNode tree(AnnualReport report, List<Finding> findings, String source) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("source", source);
        root.put("agency", report.agency());
        if (report.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", report.year());
        }
        root.put("edition", report.edition() == null ? null : report.edition().code());
        root.put("title", report.title());
        root.put("preamble", report.preamble());
        root.set("table2", report.table2() == null ? null : table2(report.table2(), report.edition()));
        root.set("table3", report.table3() == null ? null : table3(report.table3()));
        root.set("table4", report.table4() == null ? null : table4(report.table4()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : report.sections()) {
            ObjectNode n = sections.addObject();
            n.put("number", s.number());
            n.put("heading", s.heading());
            n.put("present", s.present());
            n.put("text", s.text());
        }
        ArrayNode out = root.putArray("findings");
        if (findings != null) {
            for (Finding f : findings) {
                ObjectNode n = out.addObject();
                n.put("rule", f.rule());
                n.put("severity", f.severity() == null ? null : f.severity().code());
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
        }
        return root;
    }

    private static ObjectNode table2(Table2 table, Edition edition) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Table2Row row : Table2Row.values()) {
            if (!table.hasRow(row)) {
                continue;
            }
            ObjectNode cells = node.putObject(row.key());
            for (Table2Column c : columnsToWrite(table, row, edition)) {
                cells.put(c.key(), table.get(row, c));
            }
        }
        return node;
    }

    /**
     * The edition's columns of the row (blank ones as null), then any other column that holds a
     * value, so that a report whose cells do not match its edition loses nothing.
     */
    private static Set<Table2Column> columnsToWrite(Table2 table, Table2Row row, Edition edition) {
        Set<Table2Column> columns = new LinkedHashSet<>();
        if (edition != null) {
            columns.addAll(row.columns(edition));
        }
        for (Map.Entry<Table2Column, BigDecimal> e : table.row(row).entrySet()) {
            boolean sameKeyWritten =
                    columns.stream().anyMatch(c -> c.key().equals(e.getKey().key()));
            if (!columns.contains(e.getKey()) && !sameKeyWritten) {
                columns.add(e.getKey());
            }
        }
        return columns;
    }

    private static ObjectNode table3(Table3 table) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode rows = node.putObject("rows");
        for (Table3Row row : Table3Row.values()) {
            if (!table.hasRow(row)) {
                continue;
            }
            ArrayNode cells = rows.putArray(row.key());
            for (Long v : table.row(row)) {
                cells.add(v == null ? null : MAPPER.getNodeFactory().numberNode(v));
            }
        }
        return node;
    }

    private static ObjectNode table4(Table4 table) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Table4Group g : Table4Group.values()) {
            if (!table.hasGroup(g)) {
                continue;
            }
            ObjectNode cells = node.putObject(g.key());
            for (Table4Column c : Table4Column.values()) {
                cells.put(c.key(), table.get(g, c));
            }
        }
        return node;
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /** Reads one document; every error names the dotted key path. */
    private static final class Reader {
        AnnualReport read(ObjectNode root) {
            JsonNode schema = root.get("schema");
            if (schema == null || !schema.isTextual() || !SCHEMA.equals(schema.asText())) {
                throw new ReportJsonException(
                        "schema",
                        "schema 不是 " + SCHEMA + "：" + (schema == null ? "缺少该键" : schema.toString()) + "，无法读取");
            }
            AnnualReport report = new AnnualReport();
            optionalText(root, "source");
            report.agency(optionalText(root, "agency"));
            report.title(optionalText(root, "title"));
            report.preamble(optionalText(root, "preamble"));
            JsonNode year = root.get("year");
            if (year != null && !year.isNull()) {
                report.year(integer(year, "year", false).intValueExact());
            }
            Edition edition = edition(root.get("edition"));
            report.edition(edition);
            JsonNode t2 = root.get("table2");
            if (t2 != null && !t2.isNull()) {
                report.table2(table2(object(t2, "table2"), edition));
            }
            JsonNode t3 = root.get("table3");
            if (t3 != null && !t3.isNull()) {
                report.table3(table3(object(t3, "table3")));
            }
            JsonNode t4 = root.get("table4");
            if (t4 != null && !t4.isNull()) {
                report.table4(table4(object(t4, "table4")));
            }
            JsonNode sections = root.get("sections");
            if (sections != null && !sections.isNull()) {
                report.sections(sections(sections));
            }
            JsonNode findings = root.get("findings");
            if (findings != null && !findings.isNull()) {
                checkFindings(findings);
            }
            return report;
        }

        private Edition edition(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw new ReportJsonException("edition", "edition 应为字符串 \"2019\" 或 \"2021\"，实为 " + node);
            }
            return Edition.fromCode(node.asText())
                    .orElseThrow(() -> new ReportJsonException(
                            "edition", "edition 应为 \"2019\" 或 \"2021\"，实为 \"" + node.asText() + "\""));
        }

        private Table2 table2(ObjectNode node, Edition edition) {
            Table2 table = new Table2();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "table2." + e.getKey();
                Table2Row row = Table2Row.byKey(e.getKey());
                if (row == null) {
                    throw new ReportJsonException(path, path + " 不是表二的行：表二没有 " + e.getKey() + " 这一行");
                }
                ObjectNode cells = object(e.getValue(), path);
                table.addRow(row);
                for (Iterator<Map.Entry<String, JsonNode>> c = cells.fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = c.next();
                    String cellPath = path + "." + cell.getKey();
                    Table2Column column = column(row, edition, cell.getKey());
                    if (column == null) {
                        throw new ReportJsonException(cellPath, cellPath + " 不是表二“" + label(row, edition) + "”一行的值");
                    }
                    table.set(row, column, decimal(cell.getValue(), cellPath));
                }
            }
            return table;
        }

        /** The column of the row with this key: the edition's first, then the other edition's. */
        private Table2Column column(Table2Row row, Edition edition, String key) {
            List<Edition> order = new ArrayList<>();
            if (edition != null) {
                order.add(edition);
            }
            for (Edition e : Edition.values()) {
                if (e != edition) {
                    order.add(e);
                }
            }
            for (Edition e : order) {
                Table2Column c = row.column(e, key);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }

        private String label(Table2Row row, Edition edition) {
            String label = edition == null ? null : row.label(edition);
            return label != null ? label : row.label(Edition.E2019) != null ? row.label(Edition.E2019) : row.key();
        }

        private Table3 table3(ObjectNode node) {
            Table3 table = new Table3();
            JsonNode rowsNode = node.get("rows");
            if (rowsNode == null || rowsNode.isNull()) {
                return table;
            }
            ObjectNode rows = object(rowsNode, "table3.rows");
            for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "table3.rows." + e.getKey();
                Table3Row row = Table3Row.byKey(e.getKey());
                if (row == null) {
                    throw new ReportJsonException(path, path + " 不是表三的行：表三没有 " + e.getKey() + " 这一行");
                }
                JsonNode cells = e.getValue();
                int n = ApplicantColumn.values().length;
                if (!cells.isArray() || cells.size() != n) {
                    throw new ReportJsonException(
                            path,
                            path + "（" + row.qualifiedLabel() + "）应是 " + n + " 个数的数组（自然人、商业企业、科研机构、"
                                    + "社会公益组织、法律服务机构、其他、总计），实为"
                                    + (cells.isArray() ? " " + cells.size() + " 个" : " " + cells));
                }
                Long[] values = new Long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = count(cells.get(i), path + "[" + i + "]");
                }
                table.setRow(row, values);
            }
            return table;
        }

        private Table4 table4(ObjectNode node) {
            Table4 table = new Table4();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "table4." + e.getKey();
                Table4Group group = null;
                for (Table4Group g : Table4Group.values()) {
                    if (g.key().equals(e.getKey())) {
                        group = g;
                    }
                }
                if (group == null) {
                    throw new ReportJsonException(
                            path,
                            path + " 不是表四的栏目：应为 reconsideration、litigationDirect 或 litigationAfterReconsideration");
                }
                ObjectNode cells = object(e.getValue(), path);
                Long[] values = new Long[Table4Column.values().length];
                for (Iterator<Map.Entry<String, JsonNode>> c = cells.fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = c.next();
                    String cellPath = path + "." + cell.getKey();
                    Table4Column column = null;
                    for (Table4Column tc : Table4Column.values()) {
                        if (tc.key().equals(cell.getKey())) {
                            column = tc;
                        }
                    }
                    if (column == null) {
                        throw new ReportJsonException(
                                cellPath, cellPath + " 不是表四的值：应为 upheld、corrected、other、pending 或 total");
                    }
                    values[column.ordinal()] = count(cell.getValue(), cellPath);
                }
                table.setGroup(group, values);
            }
            return table;
        }

        private List<Section> sections(JsonNode node) {
            if (!node.isArray()) {
                throw new ReportJsonException("sections", "sections 应是数组，实为 " + node);
            }
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "sections[" + i + "]";
                ObjectNode s = object(node.get(i), path);
                JsonNode number = s.get("number");
                if (number == null || number.isNull()) {
                    throw new ReportJsonException(path + ".number", path + ".number 缺失：应为 1 至 6 的整数");
                }
                int n = integer(number, path + ".number", false).intValue();
                if (n < 1 || n > 6) {
                    throw new ReportJsonException(path + ".number", path + ".number 应为 1 至 6 的整数，实为 " + number);
                }
                JsonNode present = s.get("present");
                if (present != null && !present.isNull() && !present.isBoolean()) {
                    throw new ReportJsonException(path + ".present", path + ".present 应为 true 或 false，实为 " + present);
                }
                sections.add(new Section(
                        n,
                        optionalText(s, "heading", path + ".heading"),
                        present == null || present.isNull() || present.booleanValue(),
                        optionalText(s, "text", path + ".text")));
            }
            return sections;
        }

        private void checkFindings(JsonNode node) {
            if (!node.isArray()) {
                throw new ReportJsonException("findings", "findings 应是数组，实为 " + node);
            }
            for (int i = 0; i < node.size(); i++) {
                object(node.get(i), "findings[" + i + "]");
            }
        }

        private ObjectNode object(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw new ReportJsonException(path, path + " 应是对象，实为 " + node);
            }
            return (ObjectNode) node;
        }

        private String optionalText(ObjectNode node, String key) {
            return optionalText(node, key, key);
        }

        private String optionalText(ObjectNode node, String key, String path) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new ReportJsonException(path, path + " 应是字符串或 null，实为 " + v);
            }
            return v.asText();
        }

        private BigDecimal decimal(JsonNode v, String path) {
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                throw new ReportJsonException(path, path + " 应是数字或 null，实为 " + v);
            }
            return v.decimalValue();
        }

        private Long count(JsonNode v, String path) {
            if (v == null || v.isNull()) {
                return null;
            }
            return integer(v, path, true).longValueExact();
        }

        private BigDecimal integer(JsonNode v, String path, boolean nullable) {
            if (!v.isNumber()) {
                throw new ReportJsonException(path, path + " 应是整数" + (nullable ? "或 null" : "") + "，实为 " + v);
            }
            BigDecimal d = v.decimalValue();
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                throw new ReportJsonException(path, path + " 应是整数，实为 " + v);
            }
            try {
                d.longValueExact();
            } catch (ArithmeticException e) {
                throw new ReportJsonException(path, path + " 超出范围：" + v, e);
            }
            return d;
        }
    }
}
