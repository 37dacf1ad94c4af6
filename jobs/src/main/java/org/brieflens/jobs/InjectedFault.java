package org.brieflens.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkEnv;

/**
 * A task failure injected on request, for tests only: with the Spark conf key
 * {@value #FAIL_ONCE_MARKER} set to a file path, the first annotation task that finds no file
 * there creates it and throws; every later task (its retry included) runs normally. The marker
 * is a file on the local file system, so this works for every executor of one machine (local
 * masters and a standalone cluster on one host). Without the key, which production runs never
 * set, it does nothing.
 */
final class InjectedFault {
    /** Test-only Spark conf key: the marker file whose absence makes the next task fail once. */
    static final String FAIL_ONCE_MARKER = "spark.brieflens.test.failOnceMarker";

    private InjectedFault() {
    }

    /** Throws in the first task to claim the marker file, when the test key is set; else returns. */
    static void failOnceIfRequested() {
        SparkEnv env = SparkEnv.get(); // null outside a Spark task, e.g. when a unit test calls a step directly
        String marker = env == null ? null : env.conf().get(FAIL_ONCE_MARKER, null);
        if (marker != null && claim(Path.of(marker))) {
            throw new IllegalStateException("injected task failure (test key " + FAIL_ONCE_MARKER + "=" + marker + ")");
        }
    }

    /** Creates the marker atomically: true for exactly one caller, however many tasks race for it. */
    private static boolean claim(Path marker) {
        try {
            Files.createFile(marker);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the fault marker " + marker, e);
        }
    }
}
