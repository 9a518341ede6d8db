package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.report.Finding;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.ReportReaders;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.rules.Auditor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + audit throughput of one annual report, on one thread (reports per second per core), for
 * the seed's {@code |}-flattened text and for the same report as an HTML page; and the floor set by
 * decoding the bytes and scanning every character once, to say how close the reader comes to it.
 *
 * <p>The seed is read from {@code ../shared/seed/} (or the path in {@code -Dgongkai.seed=}); the
 * HTML input is the seed's model rendered by {@link HtmlRenderer}, so both carry the same numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParseAuditBenchmark {
    private byte[] seedText;
    private byte[] seedHtml;
    private Auditor auditor;

    @Setup
    public void load() throws IOException {
        seedText = Files.readAllBytes(seedPath());
        ParsedReport parsed = ReportReaders.read("seed.txt", seedText);
        seedHtml = HtmlRenderer.render(parsed.report()).getBytes(StandardCharsets.UTF_8);
        auditor = new Auditor();
    }

    static Path seedPath() {
        String configured = System.getProperty("gongkai.seed");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seed/000_7364606721a9d05b.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("seed not found: run beside ../shared or pass -Dgongkai.seed=PATH");
    }

    /** Text report: detect charset, decode, cut into lines, assemble, audit. */
    @Benchmark
    public List<Finding> textParseAudit() {
        return auditor.audit(ReportReaders.read("seed.txt", seedText), null);
    }

    /** HTML report: jsoup parse, table rows, assemble, audit. */
    @Benchmark
    public List<Finding> htmlParseAudit() {
        return auditor.audit(ReportReaders.read("seed.html", seedHtml), null);
    }

    /** The floor: decode the seed's bytes and look at every character once. */
    @Benchmark
    public int scanFloor() {
        String s = new String(seedText, StandardCharsets.UTF_8);
        int bars = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                bars++;
            }
        }
        return bars;
    }
}
