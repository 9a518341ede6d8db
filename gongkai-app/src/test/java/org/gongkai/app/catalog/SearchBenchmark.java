package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.app.GongkaiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The catalog search benchmark of issue 7 (figures and command in {@code gongkai-bench/README.md}; run by
 * {@code gongkai-bench/search-bench.sh}, never by the test command). It starts the application (on a
 * random loopback port, unused: the security configuration needs a web context) on a PostgreSQL database of its own, copies {@code --items} generated items into
 * it ({@link BenchItems}), indexes them with the application's own rebuild ({@link SearchIndex#rebuild},
 * Hibernate Search's mass indexer), then runs the same mix of two-word queries through
 *
 * <ol>
 *   <li>the application's search service ({@link CatalogSearch}, across agencies, first page of 20 with
 *       highlights, the shown fields projected from the index, as {@code /search} does),
 *   <li>the same query through Hibernate Search projecting ids only ({@link BenchIdsOnly}: no highlights,
 *       nothing loaded), to split the difference between the first and the next,
 *   <li>raw Lucene on the same index, its shards read as one on one thread (the same analyzer and query shape: every word in the one field holding title,
 *       内容概述, body and attachments, the index holding published items only; top 20 by score, exact total, stored titles read),
 *   <li>SQL {@code LIKE '%word%'} on title, 内容概述 and body of the same rows (newest 20).
 * </ol>
 *
 * <p>It lives in the application's test sources, in the catalog's package, because the search service is
 * package-private and the application's jar is the Boot executable jar, which another module cannot compile
 * against.
 */
final class SearchBenchmark {
    /** The index's analyzer, made once (it keeps its token streams per thread). */
    private static final ChineseAnalysis.FoldingAnalyzer RAW_ANALYZER = new ChineseAnalysis.FoldingAnalyzer();

    private SearchBenchmark() {}

    record Options(
            int items,
            long seed,
            String database,
            Path indexDirectory,
            int warmUp,
            int queries,
            int likeQueries,
            int threads,
            double seconds,
            boolean reuse) {
        static Options parse(String[] args) {
            Map<String, String> o = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument: " + args[i]);
                }
                String key = args[i].substring(2);
                o.put(key, key.equals("reuse") ? "true" : args[++i]);
            }
            return new Options(
                    Integer.parseInt(o.getOrDefault("items", "100000")),
                    Long.parseLong(o.getOrDefault("seed", "7")),
                    o.getOrDefault("database", "gongkai_bench"),
                    Path.of(o.getOrDefault("index", System.getProperty("java.io.tmpdir") + "/gongkai-bench-index")),
                    Integer.parseInt(o.getOrDefault("warm-up", "200")),
                    Integer.parseInt(o.getOrDefault("queries", "1000")),
                    Integer.parseInt(o.getOrDefault("like-queries", "20")),
                    Integer.parseInt(o.getOrDefault("threads", "2")),
                    Double.parseDouble(o.getOrDefault("seconds", "20")),
                    Boolean.parseBoolean(o.getOrDefault("reuse", "false")));
        }
    }

    /** What one run measured. */
    record Report(
            int items,
            double copySeconds,
            double indexSeconds,
            double indexCpuSeconds,
            long indexBytes,
            List<BenchTimings.Result> results,
            List<String> disagreements) {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf(
                "items %,d, seed %d, database %s, index %s; %d cores, load average %.2f, Java %s%n",
                options.items(),
                options.seed(),
                options.database(),
                options.indexDirectory(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                System.getProperty("java.version"));
        Report report = run(options);
        System.out.printf(
                "copy %,d items: %.1f s; mass indexing: %.1f s (%.0f items/s), %.1f CPU-s of this JVM; index %,d MB%n",
                report.items(),
                report.copySeconds(),
                report.indexSeconds(),
                report.items() / report.indexSeconds(),
                report.indexCpuSeconds(),
                report.indexBytes() / (1024 * 1024));
        report.disagreements().forEach(d -> System.out.println("totals differ: " + d));
        System.out.println(BenchTimings.Result.header());
        report.results().forEach(r -> System.out.println(r.line()));
        System.out.printf(
                "application / raw Lucene throughput: %.2f; load average now %.2f%n",
                report.results().get(0).perSecond() / report.results().get(2).perSecond(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.exit(0);
    }

    static Report run(Options options) throws Exception {
        if (!options.reuse()) {
            recreate(options.database());
            SearchIndex.deleteTree(options.indexDirectory());
        }
        try (ConfigurableApplicationContext context = start(options)) {
            DataSource dataSource = context.getBean(DataSource.class);
            double copySeconds = 0;
            double indexSeconds = 0;
            double indexCpuSeconds = 0;
            if (!options.reuse()) {
                long start = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    new BenchItems(options.seed()).copy(c, BenchItems.insertAgencies(c), options.items(), 10_000);
                    try (Statement s = c.createStatement()) {
                        s.execute("ANALYZE catalog_item");
                    }
                }
                copySeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("copied %,d items in %.1f s%n", options.items(), copySeconds);
                start = System.nanoTime();
                long cpu = processCpuNanos();
                context.getBean(SearchIndex.class).rebuild();
                indexSeconds = (System.nanoTime() - start) / 1e9;
                indexCpuSeconds = (processCpuNanos() - cpu) / 1e9;
                System.out.printf(
                        "mass indexing took %.1f s (%.1f CPU-s in this JVM)%n", indexSeconds, indexCpuSeconds);
            }
            String[] mix = BenchItems.QUERIES;
            List<BenchTimings.Result> results = new ArrayList<>();
            CatalogSearch search = context.getBean(CatalogSearch.class);
            CatalogSearch.Filter everywhere = new CatalogSearch.Filter(null, null, null, null, null, false);
            BenchTimings.Engine application =
                    q -> search.search(q, everywhere, 1).total();
            List<String> disagreements = new ArrayList<>();
            try (IndexReader reader = luceneIndex(options.indexDirectory())) {
                BenchTimings.Engine raw = rawLucene(reader);
                StringBuilder hits = new StringBuilder("hits per query:");
                for (String q : mix) {
                    long a = application.search(q);
                    long r = raw.search(q);
                    if (a != r) {
                        disagreements.add(q + ": application " + a + ", raw Lucene " + r);
                    }
                    hits.append(String.format(" %s %,d;", q, r));
                }
                // what makes the tail: how many items each query of the mix matches
                System.out.println(hits);
                results.add(measure(options, "application CatalogSearch", application));
                results.add(measure(
                        options,
                        "Hibernate Search, ids only",
                        new BenchIdsOnly(
                                context.getBean(jakarta.persistence.EntityManager.class),
                                context.getBean(org.springframework.transaction.PlatformTransactionManager.class))));
                results.add(measure(options, "raw Lucene IndexSearcher", raw));
            }
            results.add(BenchTimings.measure(
                    "SQL LIKE '%word%'",
                    like(dataSource),
                    mix,
                    Math.min(2, options.likeQueries()),
                    options.likeQueries(),
                    options.threads(),
                    options.seconds()));
            return new Report(
                    options.items(),
                    copySeconds,
                    indexSeconds,
                    indexCpuSeconds,
                    size(options.indexDirectory()),
                    results,
                    disagreements);
        }
    }

    /** CPU time of this JVM, all threads (the database server's is not counted). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static BenchTimings.Result measure(Options o, String name, BenchTimings.Engine engine) throws Exception {
        return BenchTimings.measure(
                name, engine, BenchItems.QUERIES, o.warmUp(), o.queries(), o.threads(), o.seconds());
    }

    private static ConfigurableApplicationContext start(Options o) {
        // as arguments: they must override application.properties (builder properties are only defaults)
        return new SpringApplicationBuilder(GongkaiApplication.class)
                .logStartupInfo(false)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + o.database(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--gongkai.search.index-directory=" + o.indexDirectory().toAbsolutePath(),
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--logging.level.root=WARN");
    }

    /** The same query the application builds, straight on the index: see {@link CatalogSearch}. */
    private static BenchTimings.Engine rawLucene(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        return q -> {
            TopDocs top = searcher.search(rawQuery(q), new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                if (stored.document(d.doc).get("title") == null) {
                    throw new IllegalStateException("no stored title");
                }
            }
            return top.totalHits.value;
        };
    }

    /**
     * The application's query on the index: every word in {@code text}. The index holds published items only
     * (mapping 5, {@code ShardRouting}), and the application, knowing it, filters on nothing else.
     */
    private static Query rawQuery(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(RAW_ANALYZER, Map.of("text", 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(q);
    }

    /** Every word somewhere in title, 内容概述 or body, published only, newest 20. */
    private static BenchTimings.Engine like(DataSource dataSource) {
        return q -> {
            String[] words = q.split(" ");
            StringBuilder sql = new StringBuilder("SELECT id, title FROM catalog_item WHERE state = 'PUBLISHED'");
            for (int i = 0; i < words.length; i++) {
                sql.append(" AND (title LIKE ? OR summary LIKE ? OR body LIKE ?)");
            }
            sql.append(" ORDER BY published_on DESC LIMIT 20");
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (String w : words) {
                    for (int k = 0; k < 3; k++) {
                        s.setString(p++, "%" + w + "%");
                    }
                }
                long rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        };
    }

    private static void recreate(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name: " + database);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    static void drop(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /**
     * The catalog's Lucene index under the backend's root: every folder holding segments (one per shard,
     * {@link IdShards}) read as one, as Hibernate Search reads them when a query names no shard.
     */
    private static IndexReader luceneIndex(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> files = Files.walk(root)) {
            folders = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        }
        if (folders.isEmpty()) {
            throw new IllegalStateException("no Lucene index under " + root);
        }
        IndexReader[] parts = new IndexReader[folders.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = DirectoryReader.open(FSDirectory.open(folders.get(i)));
        }
        return new MultiReader(parts);
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }
}
