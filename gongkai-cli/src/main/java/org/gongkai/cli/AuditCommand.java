package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
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
 * ({@code gongkai.annual-report/1}) for programs.
 *
 * <p>It streams: each report is read, audited and printed as soon as it and all before it are done,
 * on all cores, in input order; then only its {@link ReportDigest} is kept. The rules that compare two
 * reports (year over year, copied narrative) run at the end, on the pairs the digests name: both files
 * are read again, so those rules see the whole reports while memory holds only the digests. The same
 * report given twice (as {@code .html} and {@code .txt}) is said once and audited once.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        header = "审查已发布的政府信息公开工作年度报告，逐份列出问题。",
        description = {
            "读取文本、HTML、Word、PDF 文件（或文件夹，递归），核对勾稽关系与格式，逐份列出发现的问题；",
            "同一机关相邻两年的报告都在时，最后另列跨年度核对的结果。",
            "退出码：0 无错误；1 有报告存在错误；2 用法错误或有路径无法读取。"
        })
final class AuditCommand implements Callable<Integer> {
    /** From this many files on, a progress bar is drawn on stderr (when stderr is a terminal). */
    private static final int PROGRESS_FROM = 20;

    private static final Set<String> UNREADABLE_RULES =
            Set.of("DOC.UNREADABLE", "DOC.UNSUPPORTED_FORMAT", "DOC.NO_TEXT_LAYER");

    @Option(names = "--json", description = "每份报告输出一行 JSON（gongkai.annual-report/1，JSON Lines）到标准输出。")
    boolean json;

    @Option(names = "--year", paramLabel = "Y", description = "报告年度：报告正文读不出年度时按此年度审查（决定应采用的格式版本）。")
    Integer year;

    @Option(names = "--progress", negatable = true, description = "在标准错误输出显示进度条、速度和剩余时间（默认：文件较多且标准错误输出为终端时显示）。")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（.txt .html .htm .docx .doc .pdf）。")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final ThreadLocal<Auditor> auditors = ThreadLocal.withInitial(Auditor::new);

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

        List<List<Path>> units = SameReport.groups(files);
        boolean showProgress =
                progress != null ? progress : files.size() >= PROGRESS_FROM && ProgressBar.stderrIsTerminal();
        Printing printing =
                new Printing(units.size(), out, err, showProgress ? new ProgressBar(err, "审查中", units.size()) : null);
        int threads = Runtime.getRuntime().availableProcessors();
        InOrder.run(units.size(), threads, u -> audit(u, units.get(u)), printing::take);
        if (printing.bar != null) {
            printing.bar.finish();
        }
        AuditSummary.Summary summary = printing.summary;
        yearOverYear(printing.chosen, printing.digests, printing.byKey, summary, out, err);
        if (!json) {
            out.println(summary.line(badPaths.size()));
        }
        out.flush();
        if (files.isEmpty() && badPaths.isEmpty()) {
            err.println("没有找到可审查的报告文件（.txt .html .htm .docx .doc .pdf）。");
            return GongkaiCommand.EXIT_USAGE;
        }
        if (!badPaths.isEmpty() || summary.unreadable > 0) {
            return GongkaiCommand.EXIT_USAGE;
        }
        return summary.reportsWithErrors() > 0 ? GongkaiCommand.EXIT_FINDINGS : 0;
    }

    /**
     * The printing thread's side of a run: each report as it comes, in input order; a report given twice (the same
     * agency, year and tables in another file) said once; what the cross-report rules need kept per report.
     */
    private final class Printing {
        final AuditSummary.Summary summary;
        final ReportDigest[] digests;
        final Path[] chosen;
        final Map<String, Integer> byKey = new HashMap<>();
        final PrintWriter out;
        final PrintWriter err;
        final ProgressBar bar;
        private int done;

        Printing(int units, PrintWriter out, PrintWriter err, ProgressBar bar) {
            this.summary = new AuditSummary.Summary(units);
            this.digests = new ReportDigest[units];
            this.chosen = new Path[units];
            this.out = out;
            this.err = err;
            this.bar = bar;
        }

        void take(Audited a) {
            digests[a.unit()] = a.digest();
            chosen[a.unit()] = a.file();
            String key = a.digest().key();
            Integer first = key == null ? null : byKey.get(key);
            if (first != null && digests[first].sameReportAs(a.digest())) {
                duplicate(out, err, a.file(), chosen[first]);
            } else {
                if (key != null && first == null) {
                    byKey.put(key, a.unit());
                }
                if (json && !a.others().isEmpty()) {
                    err.println("重复：" + SameReport.note(a.file(), a.others()));
                }
                out.print(a.text());
                summary.add(a.unit(), a.counts(), a.unreadable());
                if (a.unreadable()) {
                    err.println("无法读取：" + a.file());
                }
            }
            if (bar != null) {
                bar.update(++done);
            }
        }
    }

    /** What the printing thread gets of one report: its text, ready to print, and what is kept of it. */
    private record Audited(
            int unit,
            Path file,
            List<Path> others,
            String text,
            AuditSummary.Counts counts,
            boolean unreadable,
            ReportDigest digest) {}

    /**
     * Reads and audits one report; given as several files (the same name as {@code .html} and {@code
     * .txt}), reads each and keeps the best reading ({@link SameReport#better}).
     */
    private Audited audit(int unit, List<Path> files) {
        Path file = files.get(0);
        ParsedReport p = read(file);
        // Last year's report is not known yet: the year-over-year rules run at the end.
        List<Finding> findings = auditors.get().audit(p, null);
        for (Path other : files.subList(1, files.size())) {
            ParsedReport q = read(other);
            List<Finding> qf = auditors.get().audit(q, null);
            if (SameReport.better(q.report(), qf, p.report(), findings)) {
                file = other;
                p = q;
                findings = qf;
            }
        }
        List<Path> others = new ArrayList<>(files);
        others.remove(file);
        AnnualReport r = p.report();
        boolean unreadable = findings.stream().anyMatch(f -> UNREADABLE_RULES.contains(f.rule()));
        String source = file.toString();
        String text;
        if (json) {
            text = ReportJson.write(r, findings, source) + System.lineSeparator();
        } else {
            StringWriter s = new StringWriter(1024);
            PrintWriter w = new PrintWriter(s);
            HumanReport.print(w, source, others.isEmpty() ? null : SameReport.note(file, others), r, findings);
            w.flush();
            text = s.toString();
        }
        return new Audited(unit, file, others, text, AuditSummary.Counts.of(findings), unreadable, ReportDigest.of(r));
    }

    private ParsedReport read(Path file) {
        ParsedReport p = ReportReaders.read(file);
        if (p.report().year() == null && year != null) {
            p.report().year(year);
        }
        return p;
    }

    private void duplicate(PrintWriter out, PrintWriter err, Path file, Path first) {
        String note = "与 " + first + " 是同一份报告（同一机关、同一年度，表格数字全同），只审查一次：不重复计入合计，也不参与跨年度核对。";
        if (json) {
            err.println("重复：" + file + " " + note);
        } else {
            out.println("== " + file);
            out.println("   " + note);
            out.println();
        }
    }

    /**
     * The rules that compare a report with last year's report of the same agency, on every pair the
     * digests name. The files are read again, one agency's run of consecutive years at a time, so that
     * each is read once more at most; printed after the reports, in the order of each run's first file.
     */
    private void yearOverYear(
            Path[] files,
            ReportDigest[] digests,
            Map<String, Integer> byKey,
            AuditSummary.Summary summary,
            PrintWriter out,
            PrintWriter err)
            throws InterruptedException {
        List<int[]> runs = YearRuns.of(digests, byKey);
        if (runs.isEmpty()) {
            return;
        }
        int pairs = runs.stream().mapToInt(r -> r.length - 1).sum();
        if (!json) {
            out.println("== 跨年度核对（同一机关相邻两年的报告：" + pairs + " 对）");
            out.println();
        }
        boolean showProgress = progress != null ? progress : pairs >= PROGRESS_FROM && ProgressBar.stderrIsTerminal();
        ProgressBar bar = showProgress ? new ProgressBar(err, "跨年度核对", runs.size()) : null;
        int[] done = {0};
        InOrder.run(
                runs.size(),
                Runtime.getRuntime().availableProcessors(),
                k -> crossCheck(files, runs.get(k)),
                checked -> {
                    for (Audited a : checked) {
                        out.print(a.text());
                        summary.add(a.unit(), a.counts(), false);
                    }
                    if (bar != null) {
                        bar.update(++done[0]);
                    }
                });
        if (bar != null) {
            bar.finish();
        }
    }

    /** The cross-report findings of each report of {@code run} (units in year order) against the one before. */
    private List<Audited> crossCheck(Path[] files, int[] run) {
        List<Audited> checked = new ArrayList<>();
        AnnualReport before = read(files[run[0]]).report();
        for (int j = 1; j < run.length; j++) {
            Path now = files[run[j]];
            ParsedReport current = read(now);
            List<Finding> found = auditors.get().audit(current, before).stream()
                    .filter(f -> CrossReport.isCrossReport(f.rule()))
                    .toList();
            checked.add(new Audited(
                    run[j],
                    now,
                    List.of(),
                    CrossReport.format(json, now, files[run[j - 1]], found),
                    AuditSummary.Counts.of(found),
                    false,
                    null));
            before = current.report();
        }
        return checked;
    }

    /** Whether a file met in a folder is read: a regular file, or a link to one, of a supported format. */
    private static boolean isReportFile(Path file, BasicFileAttributes attributes) {
        return ReportReaders.supports(file)
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file));
    }

    /** The files to audit, in the order given, folders walked recursively and sorted. */
    private List<Path> collect(List<String> badPaths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                badPaths.add("路径不存在：" + p);
            } else if (Files.isDirectory(p)) {
                // Files.find, not Files.walk and then Files.isRegularFile: the walk has read each file's
                // attributes already, and another stat per file is time on the main thread before any report.
                try (Stream<Path> found = Files.find(p, Integer.MAX_VALUE, AuditCommand::isReportFile)) {
                    found.sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    badPaths.add("无法读取文件夹：" + p + "（" + e.getMessage() + "）");
                }
            } else if (!ReportReaders.supports(p)) {
                // Not a report this command reads: a bad path, said once, never also a report.
                badPaths.add("不支持的文件格式：" + p + "（可读取 .txt、.html/.htm、.docx、.doc、.pdf）");
            } else if (!Files.isReadable(p)) {
                badPaths.add("无法读取：" + p + "（没有读取权限）");
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
