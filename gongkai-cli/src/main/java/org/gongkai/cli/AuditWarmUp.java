package org.gongkai.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReportReaders;
import org.gongkai.report.rules.Auditor;

/**
 * Loads and initialises the reader, the rules and the printed table on a second thread while the main
 * thread starts picocli and lists the files. Before the first report can be read, the JVM loads some
 * 250 classes and runs their static initialisers (the Traditional→Simplified table, the rules'
 * patterns), a tenth of a second that would otherwise follow picocli's start on the same core while the
 * other core idles: on a batch of a few thousand files that is a noticeable share of the wall time.
 *
 * <p>It reads and audits {@link #SAMPLE}, a made-up report in memory, and throws the result away: it
 * writes nothing, shares nothing with the audit but the classes, and the audit does not wait for it.
 */
final class AuditWarmUp {
    private AuditWarmUp() {}

    /** A few lines of each part of a report, so that each table's reader and each rule is reached once. */
    static final String SAMPLE = String.join(
            "\n",
            "某某局2020年政府信息公开工作年度报告",
            "一、总体情况",
            "2020年，本局主动公开信息66条，收到政府信息公开申请3件。",
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
            "规章 | 0 | 0 | 0 |",
            "第二十条第（八）项",
            "信息内容 | 上一年项目数量 | 本年增/减 |",
            "行政事业性收费 | 0 | 0 |",
            "三、收到和处理政府信息公开申请情况",
            "自然人 | 法人或其他组织 | 总计 |",
            "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
            "（七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
            "四、政府信息公开行政复议、行政诉讼情况",
            "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
            "无");

    /** Starts the warm-up on a daemon thread: it never delays the end of the process. */
    static void start() {
        Thread t = new Thread(AuditWarmUp::run, "gongkai-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            ParsedReport p = ReportReaders.read("warm-up.txt", SAMPLE.getBytes(StandardCharsets.UTF_8));
            List<Finding> findings = new Auditor().audit(p, null);
            HumanReport.print(new PrintWriter(Writer.nullWriter()), "warm-up.txt", p.report(), findings);
        } catch (RuntimeException e) {
            // Only time was to be gained here; the audit itself reads and reports every file.
        }
    }
}
