package org.brieflens.jobs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * Symbolic links in a local input folder. Links are followed (operators link drops into place),
 * but a link back to a folder above it would make the recursive listing endless, so such a loop
 * fails the run before anything is read.
 */
final class LocalLinks {
    private LocalLinks() {
    }

    /** @throws JobFailure with {@link ExitCode#INPUT} naming the link when the folder holds a link loop */
    static void refuseLoops(URI folder) {
        Path start = Path.of(folder);
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        throw JobFailure.input("input folder '%s' has a symbolic link loop at '%s'", start, file);
                    }
                    return FileVisitResult.CONTINUE; // unreadable entries are reported when they are read
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw JobFailure.input("cannot list input folder '%s': %s", start, e.getMessage());
        }
    }
}
