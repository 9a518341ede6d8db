package org.gongkai.app.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency and throughput of one way of searching ({@link SearchBenchmark}): warm-up, then {@code queries}
 * searches one after another (p50, p99, mean), then {@code threads} threads searching for {@code seconds}
 * (searches per second). Each search must find something, or the engine is not doing the work measured.
 */
final class BenchTimings {
    /** One search of the mix; returns how many items it found (its total). */
    interface Engine {
        long search(String query) throws Exception;
    }

    record Result(
            String name,
            int queries,
            double p50Millis,
            double p99Millis,
            double meanMillis,
            double perSecond,
            int threads,
            long minHits) {
        String line() {
            return String.format(
                    "%-26s %8d %10.2f %10.2f %10.2f %12.1f %8d %12d",
                    name, queries, p50Millis, p99Millis, meanMillis, perSecond, threads, minHits);
        }

        static String header() {
            return String.format(
                    "%-26s %8s %10s %10s %10s %12s %8s %12s",
                    "engine", "queries", "p50 ms", "p99 ms", "mean ms", "searches/s", "threads", "min hits");
        }
    }

    private BenchTimings() {}

    static Result measure(
            String name, Engine engine, String[] mix, int warmUp, int queries, int threads, double seconds)
            throws Exception {
        for (int i = 0; i < warmUp; i++) {
            engine.search(mix[i % mix.length]);
        }
        long[] nanos = new long[queries];
        long minHits = Long.MAX_VALUE;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            long hits = engine.search(mix[i % mix.length]);
            nanos[i] = System.nanoTime() - start;
            minHits = Math.min(minHits, hits);
        }
        if (minHits == 0) {
            throw new IllegalStateException(name + ": a query of the mix found nothing");
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double perSecond = throughput(engine, mix, threads, seconds);
        return new Result(
                name, queries, percentile(nanos, 0.50), percentile(nanos, 0.99), mean, perSecond, threads, minHits);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    /** Searches completed per second by {@code threads} threads in about {@code seconds}. */
    private static double throughput(Engine engine, String[] mix, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 7;
                running.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        engine.search(mix[i++ % mix.length]);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
