package org.brieflens.jobs.cluster;

import org.brieflens.jobs.Folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A driver killed with SIGKILL while it writes batch b, then the same run started again. The kill
 * comes once at least one table of the batch is completely staged and others are still being
 * written: readers then still see exactly the earlier tables, the rerun's output equals an
 * undisturbed run of batch a then batch b (no partial or duplicate rows), and batch a's files are
 * untouched throughout.
 */
class DriverKillIT {
    private static final Duration KILL_DEADLINE = Duration.ofMinutes(5);

    @Test
    void rerunAfterADriverKilledWhileWritingLeavesNoPartialOrDuplicateRows() {
        Path expected = ReferenceRuns.batchesAB();
        Path output = Checkout.freshFolder("driver-kill").resolve("out");
        Folders.copyTree(ReferenceRuns.batchA(), output); // batch a, written earlier by an undisturbed run
        Map<String, String> batchAFiles = checksums(output, "batch=" + SampleBatches.A);
        assertThat(batchAFiles).isNotEmpty();

        SubmittedJob killed = SubmittedJob.start("local[2]", SampleBatches.B, output);
        awaitACompletelyStagedTable(killed, output);
        assertThat(killed.isAlive()).as("driver still writing when killed").isTrue();
        killed.killHard();
        assertThat(killed.log()).doesNotContain("brieflens batch 'b' done");
        assertThat(OutputTables.stagingLeftovers(output)).as("staged output of the killed run").isNotEmpty();
        OutputTables.assertSameTables(ReferenceRuns.batchA(), output); // the killed run is invisible to readers

        SubmittedJob.start("local[2]", SampleBatches.B, output).assertSucceeded();

        assertThat(checksums(output, "batch=" + SampleBatches.A)).as("files of batch a").isEqualTo(batchAFiles);
        assertThat(OutputTables.stagingLeftovers(output)).as("staging folders after the rerun").isEmpty();
        OutputTables.assertSameTables(expected, output);
    }

    /**
     * Waits until some table of the run is completely staged (its staging folder holds Spark's
     * _SUCCESS marker): tables are swapped in only once all are staged, so the run is then in the
     * middle of writing, with finished and unfinished tables side by side.
     */
    private static void awaitACompletelyStagedTable(SubmittedJob job, Path output) {
        Instant deadline = Instant.now().plus(KILL_DEADLINE);
        while (Instant.now().isBefore(deadline) && job.isAlive()) {
            if (OutputTables.stagingLeftovers(output).stream().anyMatch(DriverKillIT::holdsCompleteTable)) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        job.killHard();
        throw new AssertionError("the run never staged a complete table; job alive: " + job.isAlive() + "\n" + job.tail());
    }

    private static boolean holdsCompleteTable(Path staging) {
        try (Stream<Path> files = Files.walk(staging)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("_SUCCESS"));
        } catch (IOException | UncheckedIOException e) {
            return false; // renamed or removed meanwhile
        }
    }

    /** SHA-256 of every file in folders of the given name (a batch partition of each table), by relative path. */
    private static Map<String, String> checksums(Path output, String folderName) {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (file.getParent().getFileName().toString().equals(folderName)) {
                    sums.put(output.relativize(file).toString(), sha256(file));
                }
            }
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
