package org.brieflens.jobs;

import java.io.File;
import java.io.IOException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Keeps the input and the output apart: a run must not write its tables into the folder it
 * reads (the next run would read them back), nor read from a folder that runs replace. Paths are
 * compared after resolving {@code ..} and, on the local file system, symbolic links.
 */
final class OutputPlacement {
    private OutputPlacement() {
    }

    /** @throws JobFailure with {@link ExitCode#USAGE} naming both paths when they overlap */
    static void refuseOverlap(String input, String output, Path outputRoot, Configuration conf) {
        Path inputFolder = qualified(withoutGlob(new Path(input)), conf);
        if (!sameFileSystem(inputFolder, outputRoot)) {
            return;
        }
        String in = canonical(inputFolder);
        String out = canonical(outputRoot);
        if (out.equals(in) || out.startsWith(withSlash(in))) {
            throw JobFailure.usage("--output '%s' is inside the input folder '%s'; write the tables elsewhere", output, input);
        }
        if (in.startsWith(withSlash(out))) {
            String first = in.substring(withSlash(out).length()).split("/")[0];
            if (Tables.ALL.contains(first) || first.startsWith("_")) {
                throw JobFailure.usage("--input '%s' is inside '%s' of the output folder, which every run replaces", input, first);
            }
        }
    }

    /** The folder part of a glob ({@code /in/*.jsonl} is {@code /in}); other paths as they are. */
    private static Path withoutGlob(Path path) {
        Path folder = path;
        while (folder.getParent() != null && folder.toString().matches(".*[*?\\[{].*")) {
            folder = folder.getParent();
        }
        return folder;
    }

    private static Path qualified(Path path, Configuration conf) {
        try {
            FileSystem fs = path.getFileSystem(conf);
            return fs.makeQualified(path);
        } catch (IOException | IllegalArgumentException e) {
            throw JobFailure.usage("--input '%s' is not a usable path: %s", path, e.getMessage());
        }
    }

    private static boolean sameFileSystem(Path a, Path b) {
        return Objects.equals(a.toUri().getScheme(), b.toUri().getScheme())
                && Objects.equals(a.toUri().getAuthority(), b.toUri().getAuthority());
    }

    /** The path with {@code ..} resolved and, for local files, symbolic links followed. */
    private static String canonical(Path path) {
        String plain = path.toUri().getPath();
        if (!"file".equals(path.toUri().getScheme())) {
            return plain;
        }
        try {
            return new File(plain).getCanonicalPath();
        } catch (IOException e) {
            return plain;
        }
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
