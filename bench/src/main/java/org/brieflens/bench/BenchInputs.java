package org.brieflens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brieflens.brief.Brief;
import org.brieflens.brief.JsonLinesFile;
import org.brieflens.brief.JsonLinesReader;
import org.brieflens.brief.ParsedInput;
import org.brieflens.brief.TextBriefReader;

/**
 * The documents a benchmark runs on, read with the job's own readers: {@code sample} is the bundled
 * {@code data/} folder (text briefs and JSON Lines), {@code bbc} the BBC business and technology
 * corpus beside the checkout, read by path and never copied. Rejected inputs are left out.
 */
public final class BenchInputs {
    /** The corpus names a benchmark's {@code corpus} parameter accepts. */
    public static final String SAMPLE = "sample";
    public static final String BBC = "bbc";
    private static final int MAX_CHARS = 1_000_000;

    private BenchInputs() {
    }

    /**
     * The briefs of a named corpus, in a fixed order.
     *
     * @throws IllegalStateException when the corpus is not on this machine, naming the path looked at
     * @throws IllegalArgumentException for an unknown name
     */
    public static List<Brief> briefs(String corpus) {
        return switch (corpus) {
            case SAMPLE -> folder(ProjectPaths.sampleData());
            case BBC -> jsonLines(ProjectPaths.bbcCorpus());
            default -> throw new IllegalArgumentException(
                    "unknown corpus '" + corpus + "', expected " + SAMPLE + " or " + BBC);
        };
    }

    /** Every {@code .txt} brief and {@code .jsonl} file under a folder, in path order. */
    static List<Brief> folder(Path root) {
        requirePresent(root);
        List<Brief> briefs = new ArrayList<>();
        for (Path file : files(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.endsWith(".txt")) {
                keep(new TextBriefReader(MAX_CHARS).read(relative, bytes(file)), briefs);
            } else if (relative.endsWith(".jsonl")) {
                briefs.addAll(jsonLines(file));
            }
        }
        return briefs;
    }

    /** The accepted records of one JSON Lines file. */
    static List<Brief> jsonLines(Path file) {
        requirePresent(file);
        List<Brief> briefs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new JsonLinesFile(in, file.getFileName().toString(), new JsonLinesReader(MAX_CHARS))
                    .forEachRemaining(parsed -> keep(parsed, briefs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return briefs;
    }

    private static void requirePresent(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("benchmark corpus not found at " + path.toAbsolutePath().normalize()
                    + ": run with -p corpus=" + SAMPLE + " or put the corpus there");
        }
    }

    private static void keep(ParsedInput parsed, List<Brief> briefs) {
        if (parsed.accepted()) {
            briefs.add(parsed.brief());
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
