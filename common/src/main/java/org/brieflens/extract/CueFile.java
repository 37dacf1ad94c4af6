package org.brieflens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cue file: the classpath resource {@code org/brieflens/extract/relation-cues.tsv}, with
 * optional '#' comment lines, the header row {@code type, pattern, roles, confidence}, then one
 * {@link CuePattern} per row.
 */
final class CueFile {
    static final String RESOURCE = "relation-cues.tsv";
    private static final String HEADER = "type\tpattern\troles\tconfidence";

    private CueFile() {
    }

    /**
     * The cues of the packaged resource, in file order.
     *
     * @throws IllegalStateException when the resource is missing or has a malformed row
     */
    static List<CuePattern> read() {
        try (InputStream in = CueFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses the lines of a cue file.
     *
     * @throws IllegalStateException when the header is missing or a row is malformed (the message names the line)
     */
    static List<CuePattern> parse(List<String> lines) {
        List<CuePattern> cues = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = checkHeader(line);
            } else {
                cues.add(parseRow(line, i + 1));
            }
        }
        return cues;
    }

    private static boolean checkHeader(String line) {
        if (!line.equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ": expected header '" + HEADER + "', got '" + line + "'");
        }
        return true;
    }

    private static CuePattern parseRow(String line, int lineNumber) {
        try {
            return CuePattern.parse(line);
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
