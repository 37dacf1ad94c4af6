package org.brieflens.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the input option into the files to read: a file, a folder (recursively) or a glob, on
 * any Hadoop file system. Hidden files ('.' or '_' prefix) are left out as Spark does; files of
 * other kinds are listed as skipped.
 *
 * @param files   files to read, sorted by path
 * @param skipped paths of files that are neither JSON Lines nor text briefs
 */
record InputFiles(List<InputFile> files, List<String> skipped) {

    /** @throws JobFailure with {@link ExitCode#INPUT} when nothing readable is found */
    static InputFiles list(Configuration conf, String input) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw JobFailure.input("input path '%s' does not exist", input);
            }
            Path root = fs.makeQualified(rootOf(path, matches));
            InputFiles found = new InputFiles(new ArrayList<>(), new ArrayList<>());
            for (FileStatus match : matches) {
                found.add(fs, match, root);
            }
            if (found.files().isEmpty()) {
                throw JobFailure.input("input path '%s' holds no .jsonl, .json, .ndjson or .txt files", input);
            }
            found.files().sort(Comparator.comparing(InputFile::path));
            return found;
        } catch (IOException e) {
            throw JobFailure.input("cannot list input path '%s': %s", input, e.getMessage());
        }
    }

    /** The folder that relative paths start from: the input folder, or the parent of a file or glob. */
    private static Path rootOf(Path input, FileStatus[] matches) {
        boolean glob = input.toString().matches(".*[*?\\[{].*");
        if (!glob && matches.length == 1 && matches[0].isDirectory()) {
            return matches[0].getPath();
        }
        Path root = input.getParent();
        while (root != null && root.toString().matches(".*[*?\\[{].*")) {
            root = root.getParent();
        }
        return root == null ? input : root;
    }

    private void add(FileSystem fs, FileStatus match, Path root) throws IOException {
        if (!match.isDirectory()) {
            addFile(match.getPath(), root);
            return;
        }
        if ("file".equals(match.getPath().toUri().getScheme())) {
            LocalLinks.refuseLoops(match.getPath().toUri());
        }
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
        while (listing.hasNext()) {
            addFile(listing.next().getPath(), root);
        }
    }

    private void addFile(Path file, Path root) {
        String relative = relativePath(file, root);
        if (hidden(relative)) {
            return;
        }
        InputFile.Kind kind = InputFile.kindOf(file.getName());
        if (kind == null) {
            skipped.add(file.toString());
        } else {
            files.add(new InputFile(file.toString(), relative, kind));
        }
    }

    private static String relativePath(Path file, Path root) {
        String rootText = root.toUri().getPath();
        String fileText = file.toUri().getPath();
        return fileText.startsWith(rootText + "/") ? fileText.substring(rootText.length() + 1) : file.getName();
    }

    private static boolean hidden(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
