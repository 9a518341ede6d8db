package org.gongkai.app.catalog;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The body of the demo's 2020 annual report of 达州市商务局: the seed report's text (the project's shared
 * folder, next to the checkout, read at demo load only and never copied into the repository), converted
 * to Simplified characters, a paragraph per line and its `|` table rows as rows of a table; where the seed
 * is not there, a short invented report. Either way marked as demo data.
 */
final class DemoAnnualReport {
    static final String SEED = "shared/seed/000_7364606721a9d05b.txt";

    /** Where the seed may be: the checkout's sibling folder, seen from the checkout or from the module. */
    static final List<Path> CANDIDATES = List.of(Path.of("..", SEED), Path.of("..", "..", SEED));

    private DemoAnnualReport() {}

    static String body() {
        for (Path candidate : CANDIDATES) {
            if (Files.isReadable(candidate)) {
                try {
                    return fromSeed(Files.readAllLines(candidate, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // fall through to the invented report
                }
            }
        }
        return invented();
    }

    static String fromSeed(List<String> lines) {
        StringBuilder html = new StringBuilder(note());
        boolean inTable = false;
        for (String raw : lines) {
            String line = ZhConverterUtil.toSimple(
                    raw.replace("\uFFFD", "").replace("?", "").strip());
            if (line.isEmpty()) {
                continue;
            }
            if (line.contains("|")) {
                if (!inTable) {
                    html.append("<table><tbody>");
                    inTable = true;
                }
                html.append("<tr>");
                for (String cell : line.split("\\|", -1)) {
                    html.append("<td>").append(Entities.escape(cell.strip())).append("</td>");
                }
                html.append("</tr>");
                continue;
            }
            if (inTable) {
                html.append("</tbody></table>");
                inTable = false;
            }
            html.append("<p>").append(Entities.escape(line)).append("</p>");
        }
        if (inTable) {
            html.append("</tbody></table>");
        }
        return html.toString();
    }

    private static String invented() {
        return note()
                + "<p>一、总体情况</p><p>2020年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，通过政府信息公开目录"
                + "主动公开信息66条。</p><p>二、主动公开政府信息情况</p><p>本年未制发规范性文件，现行有效规范性文件1件。</p>"
                + "<p>三、收到和处理政府信息公开申请情况</p><p>本年未收到政府信息公开申请。</p>"
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>本年无因政府信息公开被申请行政复议或提起行政诉讼的情况。</p>"
                + "<p>五、存在的主要问题及改进情况</p><p>信息公开的及时性有待提高。</p><p>六、其他需要报告的事项</p><p>无。</p>";
    }

    private static String note() {
        return "<p>（演示数据：本报告供试用本平台，正文依据一份公开的年度报告整理，不代表任何机关的正式发布。）</p>";
    }
}
