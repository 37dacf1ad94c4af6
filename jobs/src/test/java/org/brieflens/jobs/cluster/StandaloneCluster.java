package org.brieflens.jobs.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster started by scripts/cluster.sh in a folder of its own (free ports,
 * its own pids, logs and work folders); {@link #close()} stops it with the same script.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path folder;
    private final String masterUrl;

    private StandaloneCluster(Path folder, String masterUrl) {
        this.folder = folder;
        this.masterUrl = masterUrl;
    }

    /** Starts a master and workers of one core each, and waits until all are registered. */
    static StandaloneCluster start(int workers) {
        Path folder = Checkout.freshFolder("cluster");
        String output = script(folder, "start", "--workers", Integer.toString(workers), "--cores", "1",
                "--memory", "1536m");
        String url = output.lines().filter(l -> l.startsWith("spark://")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("cluster.sh start printed no master URL: " + output));
        return new StandaloneCluster(folder, url);
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The master's state as its web UI serves it at /json/. */
    JsonNode masterState() {
        try {
            String ui = Files.readString(folder.resolve("master-ui.url")).strip();
            return new ObjectMapper().readTree(URI.create(ui + "/json/").toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the applications the master lists as running. */
    List<String> runningApps() {
        List<String> ids = new ArrayList<>();
        masterState().get("activeapps").forEach(app -> ids.add(app.get("id").asText()));
        return ids;
    }

    /** Every executor's work folder (WORKER/APP/EXECUTOR_ID: its stdout and stderr), all applications. */
    List<Path> executorFolders() {
        Path work = folder.resolve("work");
        try (Stream<Path> paths = Files.walk(work, 3)) {
            return paths.filter(p -> work.relativize(p).getNameCount() == 3 && Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid of the executor JVM running in a work folder: the process whose working folder it is. */
    static OptionalLong executorPid(Path executorFolder) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> isExecutorIn(p, executorFolder))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExecutorIn(Path proc, Path executorFolder) {
        try {
            String command = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            return command.contains("CoarseGrainedExecutorBackend")
                    && Files.readSymbolicLink(proc.resolve("cwd")).equals(executorFolder.toAbsolutePath());
        } catch (IOException | SecurityException e) {
            return false; // the process ended meanwhile, or is not ours to inspect
        }
    }

    @Override
    public void close() {
        script(folder, "stop");
    }

    private static String script(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", Checkout.script("cluster.sh").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--dir", folder.toString()));
        Path log = folder.resolve("cluster-sh-" + args[0] + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("cluster.sh " + String.join(" ", args) + " failed: " + output + "\n"
                        + Files.readString(log));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
