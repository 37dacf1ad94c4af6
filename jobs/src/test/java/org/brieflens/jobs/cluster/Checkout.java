package org.brieflens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The checkout the integration tests run in: its scripts, the shaded jar, and fresh folders of their own. */
final class Checkout {
    static final Path ROOT = Path.of(System.getProperty("brieflens.root", "..")).toAbsolutePath().normalize();
    static final Path SPARK_JAR = Path.of(System.getProperty("brieflens.sparkJar",
            ROOT.resolve("jobs/target/brieflens-jobs-0.1.0-SNAPSHOT-spark.jar").toString()));

    /** Under jobs/target (git-ignored, inside the checkout, so the cluster scripts' folders live there too). */
    private static final Path IT_FOLDER = ROOT.resolve("jobs/target/it");

    private Checkout() {
    }

    static Path script(String name) {
        return ROOT.resolve("scripts").resolve(name);
    }

    /** The shaded jar that submit.sh submits; the integration tests run after package, which builds it. */
    static void requireSparkJar() {
        assertThat(SPARK_JAR).as("shaded job jar (built by mvn package)").isRegularFile();
    }

    /** A new empty folder whose name is unique to this test run, so concurrent runs never share one. */
    static Path freshFolder(String purpose) {
        try {
            return Files.createDirectories(IT_FOLDER.resolve(purpose + "-" + UUID.randomUUID().toString().substring(0, 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
