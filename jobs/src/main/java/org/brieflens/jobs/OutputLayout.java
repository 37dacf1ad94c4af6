package org.brieflens.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Where each table and the manifest live under the output folder, on any Hadoop file system. */
final class OutputLayout {
    static final String MANIFEST = "_manifest.json";
    static final String MANIFESTS = "_manifests";

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

    String root() {
        return root.toString();
    }

    String table(String name) {
        return new Path(root, name).toString();
    }

    boolean exists(String relative) {
        try {
            Path path = new Path(root, relative);
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
        return new Path(new Path(root, "_staging-" + table), Tables.BATCH + "=" + batch).toString();
    }

    /** A fresh hidden folder to write a whole (unpartitioned) table into. */
    String stagingFolder(String table) {
        return new Path(root, "_staging-" + table).toString();
    }

    /** Replaces a whole table by its staging folder: remove the old one, rename the new one into place. */
    void swapIn(String table, String staging) {
        replace(new Path(root, table), new Path(staging), table);
    }

    /**
     * Replaces the batch partition of a table by its staging folder. The old partition is removed
     * only once the new one is complete, and the swap itself is one rename.
     */
    void swapInBatch(String table, String batch, String staging) {
        replace(new Path(new Path(root, table), Tables.BATCH + "=" + batch), new Path(staging), "batch " + batch + " of " + table);
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
        Path path = new Path(root, relative);
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
