package org.brieflens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on a real two-worker standalone cluster (started by scripts/cluster.sh, submitted with
 * scripts/submit.sh, executors in their own JVMs) writes the same tables as a local[2] run, also
 * when an executor is killed with SIGKILL while it annotates.
 */
class StandaloneClusterIT {
    /** Logged by CoreNLP on an executor when the annotate step's first task starts building the pipeline. */
    private static final String ANNOTATION_STARTED = "Adding annotator ner";

    private static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = StandaloneCluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void writesTheSameTablesAsALocalRun() {
        Path reference = ReferenceRuns.batchA(); // computed first, so the cluster run has the machine to itself
        Path output = Checkout.freshFolder("cluster-run").resolve("out");
        submit(output).assertSucceeded();

        assertThat(manifestMaster(output)).isEqualTo(cluster.masterUrl());
        OutputTables.assertSameTables(reference, output);
    }

    @Test
    void survivesAnExecutorKilledWhileAnnotating() {
        Path reference = ReferenceRuns.batchA(); // computed first, so the cluster run has the machine to itself
        List<Path> before = cluster.executorFolders();
        Path output = Checkout.freshFolder("executor-kill").resolve("out");
        SubmittedJob job = submit(output);

        Path victim = awaitExecutorAnnotating(job, before);
        long pid = StandaloneCluster.executorPid(victim).orElseThrow(() -> new AssertionError("no pid for " + victim));
        String appId = victim.getParent().getFileName().toString();
        assertThat(cluster.runningApps()).as("running applications when the executor is killed").contains(appId);
        ProcessHandle executor = ProcessHandle.of(pid).orElseThrow();
        executor.destroyForcibly(); // SIGKILL, as kill -9
        executor.onExit().join();
        assertThat(job.isAlive()).as("driver alive after the executor was killed").isTrue();

        job.assertSucceeded();
        assertThat(job.log()).as("driver log: a task was lost with the executor")
                .contains("ExecutorLostFailure");
        assertThat(executorsOf(appId)).as("executors of %s: the killed one and a replacement", appId)
                .hasSizeGreaterThanOrEqualTo(3);
        OutputTables.assertSameTables(reference, output);
    }

    private static SubmittedJob submit(Path output) {
        // Few shuffle partitions: the trend step's many small shuffles are slow with Spark's 200.
        return SubmittedJob.start(cluster.masterUrl(), SampleBatches.A, output,
                "--conf", "spark.sql.shuffle.partitions=2");
    }

    /** Waits for an executor of the new application to start annotating, and returns its work folder. */
    private static Path awaitExecutorAnnotating(SubmittedJob job, List<Path> earlier) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && job.isAlive()) {
            Optional<Path> annotating = cluster.executorFolders().stream()
                    .filter(folder -> !earlier.contains(folder))
                    .filter(folder -> stderr(folder).contains(ANNOTATION_STARTED))
                    .findFirst();
            if (annotating.isPresent()) {
                return annotating.get();
            }
            sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("no executor started annotating; job alive: " + job.isAlive() + "\n" + job.tail());
    }

    private static List<Path> executorsOf(String appId) {
        return cluster.executorFolders().stream().filter(f -> f.getParent().getFileName().toString().equals(appId)).toList();
    }

    private static String stderr(Path executorFolder) {
        try {
            Path file = executorFolder.resolve("stderr");
            return Files.exists(file) ? new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String manifestMaster(Path output) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.resolve("_manifest.json").toFile())
                    .get("spark_master").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
