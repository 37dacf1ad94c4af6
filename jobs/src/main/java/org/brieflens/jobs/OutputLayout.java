package org.brieflens.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where each table and the manifest live under the output folder, on any Hadoop file system.
 * Every path it hands out or writes is checked to lie below the output folder.
 */
public final class OutputLayout {
    static final String MANIFEST = "_manifest.json";
    static final String MANIFESTS = "_manifests";
    /** Schemes whose root is a bucket of its own, which may hold the tables directly. */
    private static final Set<String> BUCKET_SCHEMES = Set.of("s3a", "s3", "gs", "abfs", "abfss", "wasb", "wasbs", "oss");

    private final Path root;
    private final Configuration conf;

    OutputLayout(String output, Configuration conf) {
        this.conf = conf;
        try {
            Path path = new Path(output);
            this.root = path.getFileSystem(conf).makeQualified(path);
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot use output folder '" + output + "': " + e.getMessage());
        }
    }

    /**
     * The layout of an output folder that is safe to use with this input, created if needed.
     *
     * @throws JobFailure with {@link ExitCode#USAGE} when the output is the root of a file system,
     *                    equal to or inside the input folder, or when the input lies in a folder
     *                    that runs replace; with {@link ExitCode#FAILURE} when it cannot be written
     */
    static OutputLayout prepare(String input, String output, Configuration conf) {
        OutputLayout layout = new OutputLayout(output, conf);
        if (layout.root.isRoot() && !BUCKET_SCHEMES.contains(String.valueOf(layout.root.toUri().getScheme()))) {
            throw JobFailure.usage("--output '%s' is the root of its file system; give a folder below it", output);
        }
        OutputPlacement.refuseOverlap(input, output, layout.root, conf);
        layout.probeWritable(output);
        return layout;
    }

    /** Creates the folder and writes and removes a probe file, so an unwritable output fails before any work. */
    private void probeWritable(String output) {
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
                throw new IOException("it is a file, not a folder");
            }
            if (!fs.mkdirs(root)) {
                throw new IOException("the folder could not be created");
            }
            Path probe = new Path(root, "_write-check-" + UUID.randomUUID());
            fs.create(probe, false).close();
            fs.delete(probe, false);
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot write to --output '" + output + "': " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("");
    }

    public String root() {
        return root.toString();
    }

    String table(String name) {
        return below(name).toString();
    }

    /**
     * A path below the output folder.
     *
     * @throws JobFailure with {@link ExitCode#USAGE} when the relative path leads outside it
     */
    private Path below(String relative) {
        Path path = new Path(root, relative);
        String base = root.toUri().getPath();
        if (!path.toUri().getPath().startsWith(base.endsWith("/") ? base : base + "/")) {
            throw JobFailure.usage("'%s' would be written outside --output '%s'", relative, root);
        }
        return path;
    }

    boolean exists(String relative) {
        try {
            Path path = below(relative);
            return path.getFileSystem(conf).exists(path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A hidden folder to write one batch of a table into: {@code _staging-TABLE/batch=ID} beside
     * the tables, never inside one. Spark's partition discovery does not skip a '_' folder whose
     * name holds '=', so a staged batch left inside the table by a killed run would make the
     * table unreadable.
     */
    String stagingFolder(String table, String batch) {
        return below("_staging-" + table + "/" + Tables.BATCH + "=" + batch).toString();
    }

    /** A fresh hidden folder to write a whole (unpartitioned) table into. */
    String stagingFolder(String table) {
        return below("_staging-" + table).toString();
    }

    /** Replaces a whole table by its staging folder: remove the old one, rename the new one into place. */
    void swapIn(String table, String staging) {
        replace(below(table), new Path(staging), table);
    }

    /**
     * Replaces the batch partition of a table by its staging folder. The old partition is removed
     * only once the new one is complete, and the swap itself is one rename.
     */
    void swapInBatch(String table, String batch, String staging) {
        replace(below(table + "/" + Tables.BATCH + "=" + batch), new Path(staging), "batch " + batch + " of " + table);
        removeIfEmpty(new Path(staging).getParent());
    }

    private void removeIfEmpty(Path folder) {
        try {
            FileSystem fs = folder.getFileSystem(conf);
            if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
                fs.delete(folder, false);
            }
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot remove the empty staging folder " + folder + ": " + e.getMessage());
        }
    }

    private void replace(Path target, Path staging, String what) {
        try {
            FileSystem fs = target.getFileSystem(conf);
            if (fs.exists(target) && !fs.delete(target, true)) {
                throw new IOException("could not remove the earlier " + target);
            }
            fs.mkdirs(target.getParent());
            if (!fs.rename(staging, target)) {
                throw new IOException("could not rename " + staging + " to " + target);
            }
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot replace " + what + ": " + e.getMessage());
        }
    }

    /** Writes a small text file under the output folder, replacing any earlier one. */
    void writeText(String relative, String text) {
        Path path = below(relative);
        try {
            path.getFileSystem(conf).setWriteChecksum(false); // no hidden .crc files beside the manifests
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot write " + path + ": " + e.getMessage());
        }
        try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JobFailure(ExitCode.FAILURE, "cannot write " + path + ": " + e.getMessage());
        }
    }
}
