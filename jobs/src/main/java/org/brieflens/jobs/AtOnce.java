package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent Spark actions at once, each from its own driver thread. Most stages of the
 * steps after annotation have a single task; submitted one after another they leave cores idle
 * while the driver plans the next query, submitted together they keep every core busy.
 */
final class AtOnce {
    private AtOnce() {
    }

    /**
     * Runs every action and waits for all of them. The first failure, in the order given, is
     * rethrown once every action has ended, so no action is left writing behind the caller.
     */
    static <T> List<T> run(List<Callable<T>> actions) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, actions.size()), r -> {
            Thread thread = new Thread(r, "brieflens-at-once");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> action : actions) {
                futures.add(pool.submit(action));
            }
            List<T> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : asRuntime(e.getCause());
                    results.add(null);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark actions", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException asRuntime(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
