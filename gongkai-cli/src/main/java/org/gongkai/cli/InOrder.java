package org.gongkai.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs one task per index on all cores and hands the results to one consumer in index order, as soon
 * as each is done and all before it are. At most {@code window} results wait at a time, so memory does
 * not grow with the number of tasks: the audit of 100,000 files holds a few dozen reports, not all.
 */
final class InOrder {
    private InOrder() {}

    static <T> void run(int count, int threads, IntFunction<T> task, Consumer<T> consumer) throws InterruptedException {
        if (count == 0) {
            return;
        }
        int n = Math.max(1, Math.min(threads, count));
        int window = n * 16;
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "gongkai-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < count || !pending.isEmpty()) {
                while (next < count && pending.size() < window) {
                    int i = next++;
                    pending.add(pool.submit(() -> task.apply(i)));
                }
                consumer.accept(take(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T take(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // Readers and rules never throw by contract; if one does, it is a bug, and it must be loud.
            throw new IllegalStateException("审查报告时出现内部错误", e.getCause());
        }
    }
}
