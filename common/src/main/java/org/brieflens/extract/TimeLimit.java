package org.brieflens.extract;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs work on the calling thread under a wall-clock limit. When the limit passes, a watchdog
 * interrupts the thread; CoreNLP checks for interrupts between sentences and the extractors
 * between sentences too ({@link #checkpoint()}), so the work stops soon after. The thread's
 * interrupt flag is always cleared before returning, so the next document starts clean.
 */
public final class TimeLimit {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "brieflens-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    private TimeLimit() {
    }

    /**
     * The work's result.
     *
     * @throws TimeLimitExceeded when the limit passed before the work ended
     */
    public static <T> T run(Duration limit, Supplier<T> work) {
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(watch::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            T result = work.get();
            if (watch.stop()) {
                throw new TimeLimitExceeded(limit);
            }
            return result;
        } catch (RuntimeException e) {
            if (watch.stop()) {
                throw new TimeLimitExceeded(limit);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // a late alarm must not leak into the next document
        }
    }

    /** Throws when the current thread was interrupted, so long rule loops stop with their document. */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new TimeLimitExceeded(null);
        }
    }

    /** The thread under watch; ringing and stopping are ordered so a ring after stop does nothing. */
    private static final class Watch {
        private final Thread thread;
        private boolean active = true;
        private boolean rang;

        Watch(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (active) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Stops watching; true when the alarm rang first. */
        synchronized boolean stop() {
            active = false;
            return rang;
        }
    }

    /** The work took longer than its limit. */
    public static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded(Duration limit) {
            super(limit == null ? "stopped at its time limit" : "took longer than " + limit.toSeconds() + " s");
        }
    }
}
