package org.brieflens.jobs;

import java.io.Serializable;
import java.util.Locale;

/**
 * A file of the input.
 *
 * @param path         fully qualified path, as Hadoop file systems name it
 * @param relativePath path below the input root, with '/' separators; text briefs take their id from it
 */
record InputFile(String path, String relativePath, Kind kind) implements Serializable {
    enum Kind { JSON_LINES, TEXT_BRIEF }

    /** The kind of a file by its extension, or null for files the job does not read. */
    static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Kind.JSON_LINES;
        }
        return lower.endsWith(".txt") ? Kind.TEXT_BRIEF : null;
    }
}
