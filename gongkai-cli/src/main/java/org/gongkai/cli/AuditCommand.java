package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.json.ReportJson;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReportReaders;
import org.gongkai.report.rules.Auditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai audit}: reads published annual reports (text, HTML, Word, PDF; files or folders),
 * checks every rule, and prints the findings per report — in Chinese for people, or as JSON Lines
 * ({@code gongkai.annual-report/1}) for programs. When the set holds last year's report of the same
 * agency, the year-over-year rules run too.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "审查政府信息公开工作年度报告：读取文本、HTML、Word、PDF 文件（或文件夹，递归），",
            "核对勾稽关系与格式，逐份列出发现的问题。",
            "退出码：0 无错误；1 有报告存在错误；2 用法错误或有路径无法读取。"
        })
final class AuditCommand implements Callable<Integer> {
    /** From this many files on, a progress bar is drawn on stderr (when it is a terminal). */
    private static final int PROGRESS_FROM = 20;

    private static final List<String> UNREADABLE_RULES =
            List.of("DOC.UNREADABLE", "DOC.UNSUPPORTED_FORMAT", "DOC.NO_TEXT_LAYER");

    @Option(names = "--json", description = "每份报告输出一行 JSON（gongkai.annual-report/1，JSON Lines）到标准输出。")
    boolean json;

    @Option(names = "--year", paramLabel = "Y", description = "报告年度：报告正文读不出年度时按此年度审查（决定应采用的格式版本）。")
    Integer year;

    @Option(names = "--progress", negatable = true, description = "在标准错误输出显示进度条（默认：文件较多且为终端时显示）。")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（.txt .html .htm .docx .pdf）。")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && (year < 2008 || year > 2100)) {
            err.println("用法错误：--year 应为四位年份，收到 " + year);
            return GongkaiCommand.EXIT_USAGE;
        }

        List<String> badPaths = new ArrayList<>();
        List<Path> files = collect(badPaths);
        for (String bad : badPaths) {
            err.println(bad);
        }

        List<ParsedReport> parsed = readAll(files, err);
        Map<String, AnnualReport> byAgencyYear = new HashMap<>();
        for (ParsedReport p : parsed) {
            AnnualReport r = p.report();
            if (r.year() == null && year != null) {
                r.year(year);
            }
            if (r.agency() != null && r.year() != null) {
                byAgencyYear.putIfAbsent(r.agency() + "/" + r.year(), r);
            }
        }

        Auditor auditor = new Auditor();
        Summary summary = new Summary();
        for (int i = 0; i < files.size(); i++) {
            ParsedReport p = parsed.get(i);
            AnnualReport r = p.report();
            AnnualReport previous =
                    r.agency() == null || r.year() == null ? null : byAgencyYear.get(r.agency() + "/" + (r.year() - 1));
            List<Finding> findings = auditor.audit(p, previous);
            boolean unreadable = findings.stream().anyMatch(f -> UNREADABLE_RULES.contains(f.rule()));
            summary.add(findings, unreadable);
            String source = files.get(i).toString();
            if (json) {
                out.println(ReportJson.write(r, findings, source));
            } else {
                HumanReport.print(out, source, r, findings);
            }
            if (unreadable) {
                // A report that could not be read is counted once, as a report with an error.
                err.println("无法读取：" + source);
            }
        }
        if (!json) {
            out.println(summary.line(badPaths.size()));
        }
        out.flush();
        if (files.isEmpty() && badPaths.isEmpty()) {
            err.println("没有找到可审查的报告文件（.txt .html .htm .docx .pdf）。");
            return GongkaiCommand.EXIT_USAGE;
        }
        if (!badPaths.isEmpty() || summary.unreadable > 0) {
            return GongkaiCommand.EXIT_USAGE;
        }
        return summary.reportsWithErrors > 0 ? GongkaiCommand.EXIT_FINDINGS : 0;
    }

    /** The files to audit, in the order given, folders walked recursively and sorted. */
    private List<Path> collect(List<String> badPaths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                badPaths.add("路径不存在：" + p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ReportReaders::supports)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    badPaths.add("无法读取文件夹：" + p + "（" + e.getMessage() + "）");
                }
            } else if (!ReportReaders.supports(p)) {
                // Not a report this command reads: a bad path, said once, never also a report.
                badPaths.add("不支持的文件格式：" + p + "（可读取 .txt、.html/.htm、.docx、.pdf；旧版 .doc 请另存为 .docx）");
            } else if (!Files.isReadable(p)) {
                badPaths.add("无法读取：" + p + "（没有读取权限）");
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Reads every file on all cores; results in input order. */
    private List<ParsedReport> readAll(List<Path> files, PrintWriter err) throws InterruptedException {
        boolean showProgress = progress != null ? progress : files.size() >= PROGRESS_FROM && System.console() != null;
        ProgressBar bar = showProgress ? new ProgressBar(err, files.size()) : null;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ParsedReport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    ParsedReport r = ReportReaders.read(f);
                    if (bar != null) {
                        bar.update(done.incrementAndGet());
                    }
                    return r;
                }));
            }
            List<ParsedReport> result = new ArrayList<>();
            for (Future<ParsedReport> f : futures) {
                try {
                    result.add(f.get());
                } catch (ExecutionException e) {
                    // ReportReaders never throws by contract; this is a bug, and it must be loud.
                    throw new IllegalStateException("读取报告时出现内部错误", e.getCause());
                }
            }
            if (bar != null) {
                bar.finish();
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts for the closing line. */
    private static final class Summary {
        int reports;
        int reportsWithErrors;
        int reportsWithWarnings;
        int errors;
        int warnings;
        int infos;
        int unreadable;

        void add(List<Finding> findings, boolean unreadable) {
            reports++;
            if (unreadable) {
                this.unreadable++;
            }
            long e = findings.stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .count();
            long w = findings.stream()
                    .filter(f -> f.severity() == Severity.WARNING)
                    .count();
            errors += (int) e;
            warnings += (int) w;
            infos += findings.size() - (int) e - (int) w;
            if (e > 0) {
                reportsWithErrors++;
            } else if (w > 0) {
                reportsWithWarnings++;
            }
        }

        String line(int badPaths) {
            return "合计：审查 " + reports + " 份报告，其中 " + reportsWithErrors + " 份有错误"
                    + (unreadable > 0 ? "（含 " + unreadable + " 份无法读取）" : "") + "、" + reportsWithWarnings
                    + " 份仅有警告；共 " + errors + " 个错误、" + warnings + " 个警告、" + infos + " 条提示"
                    + (badPaths > 0 ? "；" + badPaths + " 个路径无法读取" : "") + "。";
        }
    }
}
