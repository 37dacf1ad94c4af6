package org.brieflens.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the checkout and the shared corpora whether the benchmarks run from the project root
 * (scripts/jmh.sh) or from the bench module (Maven's tests). System properties
 * {@code brieflens.root} and {@code brieflens.corpora} override the search.
 */
final class ProjectPaths {
    private static final Path BBC_FILE = Path.of("bbc_business_tech", "bbc_business_tech.jsonl");

    private ProjectPaths() {
    }

    /** The bundled sample folder, {@code data/} of the checkout. */
    static Path sampleData() {
        return root().resolve("data");
    }

    /** The BBC corpus file; it may be absent on machines without the shared corpora. */
    static Path bbcCorpus() {
        String corpora = System.getProperty("brieflens.corpora");
        Path folder = corpora != null ? Path.of(corpora) : root().resolve("..").resolve("shared").resolve("corpora");
        return folder.resolve(BBC_FILE).normalize();
    }

    /** The nearest folder, from the working directory up, holding both the root POM and {@code data/}. */
    static Path root() {
        String configured = System.getProperty("brieflens.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("data"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no brieflens checkout (pom.xml beside data/) at or above " + start
                + "; set -Dbrieflens.root");
    }
}
