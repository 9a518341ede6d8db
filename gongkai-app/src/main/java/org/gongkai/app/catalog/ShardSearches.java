package org.gongkai.app.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs one search per shard at the same time ({@link CatalogSearch}): the first on the caller's thread, the
 * others on a small pool of daemon threads, one per core at most. A search the pool has not started by the
 * time the caller is done with its own runs on the caller's thread instead ({@link FutureTask#run} does
 * nothing once a task has started), so a busy pool never makes a search wait for a thread: under many
 * concurrent searches each runs mostly on its own thread, as it would without shards.
 *
 * <p>It also counts the searches running, so that a search spreads over the shards only while cores are idle
 * ({@link #whenCoresIdle}): a search split over cores that are all busy with other searches gains no time and
 * costs more work in all (every part queries and ranks on its own).
 */
@Component
class ShardSearches implements DisposableBean {
    private final ThreadPoolExecutor pool;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final AtomicInteger running = new AtomicInteger();

    ShardSearches(SearchProperties properties) {
        int threads = Math.max(
                1, Math.min(properties.shards() - 1, Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "gongkai-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), named);
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * {@code split} if this search, split in {@code parts}, finds a core for each part with the searches running
     * now (this one included) each taking as many; otherwise {@code whole}, on the caller's thread alone.
     */
    <T> T whenCoresIdle(int parts, Supplier<T> split, Supplier<T> whole) {
        int now = running.incrementAndGet();
        try {
            return (long) now * parts <= cores ? split.get() : whole.get();
        } finally {
            running.decrementAndGet();
        }
    }

    /** The results of {@code searches}, in their order; the first exception any of them threw is thrown. */
    <T> List<T> each(List<Callable<T>> searches) {
        List<FutureTask<T>> tasks = new ArrayList<>();
        for (Callable<T> s : searches) {
            tasks.add(new FutureTask<>(s));
        }
        for (int i = 1; i < tasks.size(); i++) {
            try {
                pool.execute(tasks.get(i));
            } catch (RejectedExecutionException shuttingDown) {
                // run below on this thread
            }
        }
        tasks.forEach(FutureTask::run);
        List<T> results = new ArrayList<>();
        for (FutureTask<T> t : tasks) {
            results.add(result(t));
        }
        return results;
    }

    private static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
