package org.brieflens.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The integration tests' input: two small batches of the bundled sample briefs, copied once per
 * JVM into one folder so that every run reads the very same paths. Batch a holds 12 briefs,
 * batch b the next 6.
 */
final class SampleBatches {
    static final String A = "a";
    static final String B = "b";

    private static Path root;

    private SampleBatches() {
    }

    static synchronized Path folder(String batch) {
        if (root == null) {
            root = copy();
        }
        return root.resolve(batch);
    }

    private static Path copy() {
        Path target = Checkout.freshFolder("input");
        try (Stream<Path> files = Files.list(Checkout.ROOT.resolve("data/briefs"))) {
            List<Path> briefs = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            copyAll(briefs.subList(0, 12), Files.createDirectories(target.resolve(A)));
            copyAll(briefs.subList(12, 18), Files.createDirectories(target.resolve(B)));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyAll(List<Path> files, Path folder) throws IOException {
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
    }
}
