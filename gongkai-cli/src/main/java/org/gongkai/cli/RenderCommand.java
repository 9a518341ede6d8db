package org.gongkai.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.json.ReportJson;
import org.gongkai.report.json.ReportJsonException;
import org.gongkai.report.render.DocxRenderer;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.render.TextRenderer;
import org.gongkai.report.render.XlsxRenderer;
import org.gongkai.report.rules.Auditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai render}: writes a report from its JSON ({@code gongkai.annual-report/1}) as HTML,
 * Word, Excel, plain text or normalised JSON (with fresh findings).
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = "由年报 JSON（gongkai.annual-report/1）生成 HTML、Word、Excel、纯文本或 JSON 文件。")
final class RenderCommand implements Callable<Integer> {
    enum Format {
        html,
        docx,
        xlsx,
        txt,
        json
    }

    @Option(names = "--format", required = true, paramLabel = "格式", description = "输出格式：${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件。")
    Path out;

    @Parameters(arity = "1", paramLabel = "REPORT.json", description = "年报 JSON 文件。")
    Path input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        AnnualReport report;
        try {
            report = ReportJson.read(Files.readString(input, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("无法读取：" + input + "（" + e.getMessage() + "）");
            return GongkaiCommand.EXIT_USAGE;
        } catch (ReportJsonException e) {
            err.println("年报 JSON 有误：" + input + "：" + e.getMessage());
            return GongkaiCommand.EXIT_USAGE;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (format) {
                case html -> Files.writeString(out, HtmlRenderer.render(report), StandardCharsets.UTF_8);
                case txt -> Files.writeString(out, TextRenderer.render(report), StandardCharsets.UTF_8);
                case json -> {
                    List<org.gongkai.report.Finding> findings = new Auditor().audit(report, null);
                    Files.writeString(out, ReportJson.writePretty(report, findings, null), StandardCharsets.UTF_8);
                }
                case docx -> {
                    try (OutputStream o = Files.newOutputStream(out)) {
                        DocxRenderer.render(report, o);
                    }
                }
                case xlsx -> {
                    try (OutputStream o = Files.newOutputStream(out)) {
                        XlsxRenderer.render(report, o);
                    }
                }
            }
        } catch (IOException e) {
            err.println("无法写入：" + out + "（" + e.getMessage() + "）");
            return GongkaiCommand.EXIT_USAGE;
        }
        spec.commandLine().getOut().println("已生成：" + out);
        return 0;
    }
}
