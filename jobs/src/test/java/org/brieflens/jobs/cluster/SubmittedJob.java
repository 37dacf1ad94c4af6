package org.brieflens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The job run by scripts/submit.sh in a process of its own, its output and errors kept in one log file. */
final class SubmittedJob {
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    private final Process process;
    private final Path log;

    private SubmittedJob(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts submit.sh on a master for one batch of the sample input.
     *
     * @param sparkArgs further spark-submit options, such as {@code --conf K=V}
     */
    static SubmittedJob start(String master, String batch, Path output, String... sparkArgs) {
        Checkout.requireSparkJar();
        List<String> command = new ArrayList<>(List.of("bash", Checkout.script("submit.sh").toString(),
                "--master", master, "--conf", "spark.ui.enabled=false"));
        command.addAll(List.of(sparkArgs));
        command.addAll(List.of("--input", SampleBatches.folder(batch).toString(), "--output", output.toString(),
                "--batch", batch, "--report", "off"));
        Path log = output.resolveSibling(output.getFileName() + "-" + batch + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BRIEFLENS_NO_BUILD", "1"); // never a Maven build inside the Maven build
        try {
            return new SubmittedJob(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a job to its end and returns its exit code. */
    static int run(String master, String batch, Path output, String... sparkArgs) {
        return start(master, batch, output, sparkArgs).awaitExit();
    }

    int awaitExit() {
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                killHard();
                throw new AssertionError("job did not end within " + TIMEOUT + "; log: " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killHard();
            throw new AssertionError("interrupted", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the job with SIGKILL (kill -9), its child processes first, and waits until it is gone. */
    void killHard() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        all.forEach(p -> p.onExit().join());
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a zero exit code, showing the end of the log otherwise. */
    void assertSucceeded() {
        int code = awaitExit();
        assertThat(code).as("exit code of submit.sh; log %s ends:%n%s", log, tail()).isZero();
    }

    String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
