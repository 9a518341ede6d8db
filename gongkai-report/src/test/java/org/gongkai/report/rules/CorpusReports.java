package org.gongkai.report.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Group;

/**
 * Loads a report of {@code ../shared/corpus/pingtan} into the model: the numbers from the hand-read
 * {@code .json} (table 2 by printed row label, table 3 by labels like {@code 不予公开-属于国家秘密} with 7
 * columns, table 4 as 15 numbers) and the narrative from the archive text of the {@code .txt}, cut into
 * the six sections at their headings, with the flattened tables removed.
 */
final class CorpusReports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern[] HEADINGS = {
        Pattern.compile("一、\\s*总体情况"),
        Pattern.compile("二、\\s*主动公开政府信息情况"),
        Pattern.compile("三、\\s*收到和处理政府信息公开申请情况"),
        Pattern.compile("四、\\s*[^。]{0,12}复议[^。]{0,8}诉讼情况"),
        Pattern.compile("五、\\s*(?:政府信息公开工作)?存在的主要问题及改进情况"),
        Pattern.compile("六、\\s*其他需要报告的事项")
    };

    private CorpusReports() {}

    static AnnualReport load(Path json) throws IOException {
        JsonNode root = JSON.readTree(json.toFile());
        Edition edition = Edition.fromCode(root.get("edition").asText()).orElseThrow();
        AnnualReport r = new AnnualReport()
                .agency(root.get("agency").asText())
                .year(root.get("year").asInt())
                .edition(edition)
                .table2(table2(root.get("table2"), edition))
                .table3(table3(root.get("table3"), edition))
                .table4(table4(root.get("table4")));
        Path txt = json.resolveSibling(json.getFileName().toString().replace(".json", ".txt"));
        if (Files.exists(txt)) {
            narrative(r, Files.readString(txt, StandardCharsets.UTF_8));
        }
        return r;
    }

    private static Table2 table2(JsonNode node, Edition edition) {
        Table2 t2 = new Table2();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            Table2Row row = null;
            for (Table2Row candidate : edition.table2Rows()) {
                if (e.getKey().equals(candidate.label(edition))) {
                    row = candidate;
                }
            }
            if (row == null) {
                throw new IllegalArgumentException("table 2 row not in edition " + edition.code() + ": " + e.getKey());
            }
            List<Table2Column> columns = row.columns(edition);
            t2.addRow(row);
            for (int i = 0; i < columns.size() && i < e.getValue().size(); i++) {
                JsonNode v = e.getValue().get(i);
                t2.set(row, columns.get(i), v.isNull() ? null : new BigDecimal(v.asText()));
            }
        }
        return t2;
    }

    private static Table3 table3(JsonNode node, Edition edition) {
        Table3 t3 = new Table3();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            Table3Row row = table3Row(e.getKey(), edition);
            Long[] values = new Long[7];
            for (int i = 0; i < 7; i++) {
                JsonNode v = e.getValue().get(i);
                values[i] = v == null || v.isNull() ? null : v.asLong();
            }
            t3.setRow(row, values);
        }
        return t3;
    }

    static Table3Row table3Row(String label, Edition edition) {
        String key = label.contains("-") ? label.substring(label.indexOf('-') + 1) : label;
        for (Table3Row row : edition.table3Rows()) {
            String text = row.text().replaceFirst("^[一二三四]、|^（[一二三四五六七]）", "").replaceFirst("（区分处理的.*$", "");
            if (text.equals(key)) {
                return row;
            }
        }
        throw new IllegalArgumentException("table 3 row not in edition " + edition.code() + ": " + label);
    }

    private static Table4 table4(JsonNode node) {
        Table4 t4 = new Table4();
        Table4Group[] groups = Table4Group.values();
        for (int g = 0; g < 3; g++) {
            Long[] values = new Long[5];
            for (int c = 0; c < 5; c++) {
                JsonNode v = node.get(g * 5 + c);
                values[c] = v == null || v.isNull() ? null : v.asLong();
            }
            t4.setGroup(groups[g], values);
        }
        return t4;
    }

    /** The archive text: after the "正文" marker (or the header rule) up to the transcribed tables [B]. */
    static String body(String txt) {
        int start = txt.indexOf("==== 正文 ====");
        if (start < 0) {
            start = txt.indexOf("\n=====");
        }
        start = txt.indexOf('\n', start + 1) + 1;
        int end = txt.indexOf("\n[B]", start);
        return txt.substring(start, end < 0 ? txt.length() : end);
    }

    private static void narrative(AnnualReport r, String txt) {
        StringBuilder prose = new StringBuilder();
        for (String line : body(txt).split("\n")) {
            if (!line.contains(" | ")) {
                prose.append(line).append('\n');
            }
        }
        String text = prose.toString();
        int[] at = new int[6];
        int[] end = new int[6];
        int from = 0;
        for (int i = 0; i < 6; i++) {
            Matcher m = HEADINGS[i].matcher(text);
            at[i] = m.find(from) ? m.start() : -1;
            end[i] = at[i] < 0 ? -1 : m.end();
            if (at[i] >= 0) {
                from = m.end();
            }
        }
        int first = text.length();
        for (int i = 0; i < 6; i++) {
            if (at[i] >= 0) {
                first = Math.min(first, at[i]);
            }
        }
        r.preamble(text.substring(0, first));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SectionHeading h = SectionHeading.ofNumber(i + 1);
            if (at[i] < 0) {
                sections.add(new Section(i + 1, h.heading(), false, ""));
                continue;
            }
            int stop = text.length();
            for (int k = i + 1; k < 6; k++) {
                if (at[k] >= 0) {
                    stop = at[k];
                    break;
                }
            }
            String body = text.substring(end[i], stop);
            body = switch (i + 1) {
                case 2 -> body.replaceAll("第二十条第（一）项.*(?:行政事业性收费|政府集中采购)[\\d.\\s]*元?", "");
                case 3 -> body.replaceAll("[（(]本列数据的勾稽关系[\\s\\S]*", "");
                case 4 -> body.contains("结果维持") ? "" : body;
                default -> body;
            };
            sections.add(new Section(i + 1, text.substring(at[i], end[i]), true, body));
        }
        r.sections(sections);
    }
}
