package org.brieflens.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Live progress of the annotate step in the driver log: documents annotated out of the total,
 * tokens per second and an estimate of the time left, every few seconds. Running tasks report
 * their counters with executor heartbeats, finished tasks with their result; a failed task's
 * counts are dropped, as its documents will be annotated again.
 */
final class Progress extends SparkListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final SparkContext spark;
    private final AnnotationCounters counters;
    private final long totalDocuments;
    private final long totalChars;
    private final long startNanos = System.nanoTime();
    private final Map<Long, long[]> byTask = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "brieflens-progress");
        thread.setDaemon(true);
        return thread;
    });

    private Progress(SparkContext spark, AnnotationCounters counters, long totalDocuments, long totalChars) {
        this.spark = spark;
        this.counters = counters;
        this.totalDocuments = totalDocuments;
        this.totalChars = totalChars;
    }

    /** Starts reporting every {@code interval} until closed. */
    static Progress start(SparkContext spark, AnnotationCounters counters, long documents, long chars, Duration interval) {
        Progress progress = new Progress(spark, counters, documents, chars);
        spark.addSparkListener(progress);
        progress.reporter.scheduleAtFixedRate(() -> LOG.info(progress.line()), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return progress;
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            record((Long) task._1(), task._4());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        long task = end.taskInfo().taskId();
        if (end.reason() == Success$.MODULE$) {
            record(task, end.taskInfo().accumulables());
        } else {
            byTask.remove(task);
        }
    }

    private void record(long task, scala.collection.Seq<AccumulableInfo> infos) {
        long[] values = null;
        for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
            int slot = slot(info.id());
            if (slot >= 0 && info.update().isDefined()) {
                values = values == null ? byTask.getOrDefault(task, new long[3]).clone() : values;
                values[slot] = ((Number) info.update().get()).longValue();
            }
        }
        if (values != null) {
            byTask.put(task, values);
        }
    }

    private int slot(long accumulatorId) {
        if (accumulatorId == counters.documents().id()) {
            return 0;
        }
        if (accumulatorId == counters.tokens().id()) {
            return 1;
        }
        return accumulatorId == counters.chars().id() ? 2 : -1;
    }

    /** The progress line as of now. */
    String line() {
        long[] done = new long[3];
        byTask.values().forEach(v -> {
            for (int i = 0; i < 3; i++) {
                done[i] += v[i];
            }
        });
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        String eta = done[2] == 0 ? "unknown"
                : clock(Math.round(seconds * Math.max(0, totalChars - done[2]) / (double) done[2]));
        return String.format("annotate: %,d / %,d documents (%.0f%%), %,d tokens, %,.0f tokens/s, elapsed %s, ETA %s",
                done[0], totalDocuments, totalChars == 0 ? 100.0 : 100.0 * done[2] / totalChars, done[1],
                done[1] / seconds, clock(Math.round(seconds)), eta);
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Stops reporting and logs the final line. */
    @Override
    public void close() {
        reporter.shutdownNow();
        spark.removeSparkListener(this);
        LOG.info(line());
    }
}
