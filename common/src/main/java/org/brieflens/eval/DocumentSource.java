package org.brieflens.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.brieflens.brief.Brief;
import org.brieflens.brief.JsonLinesReader;
import org.brieflens.brief.ParsedInput;
import org.brieflens.brief.TextBriefReader;

/**
 * Finds the text of a gold document, read exactly as the job reads it: corpus documents from
 * {@code corpora/<corpus>/<corpus>.jsonl} (never copied into the project), sample documents from
 * the project's {@code data/} folder.
 */
final class DocumentSource {
    static final String SAMPLE = "sample";
    private static final int MAX_CHARS = 1_000_000;

    private final Path corpora;
    private final Path data;
    private final Map<String, Map<String, String>> linesByCorpus = new HashMap<>();
    private final JsonLinesReader jsonReader = new JsonLinesReader(MAX_CHARS);

    DocumentSource(Path corpora, Path data) {
        this.corpora = corpora;
        this.data = data;
    }

    /** True when the document's corpus is present on this machine. */
    boolean available(GoldDocument gold) {
        return gold.corpus().equals(SAMPLE) ? Files.isDirectory(data) : Files.isRegularFile(corpusFile(gold.corpus()));
    }

    /** The parsed document; empty when it cannot be found or does not parse. */
    Optional<Brief> load(GoldDocument gold) {
        ParsedInput parsed;
        if (gold.corpus().equals(SAMPLE) && gold.docId().startsWith("briefs/")) {
            Path file = data.resolve(gold.docId() + ".txt");
            parsed = Files.isRegularFile(file) ? new TextBriefReader(MAX_CHARS).read(gold.docId() + ".txt", bytes(file)) : null;
        } else {
            String line = lines(gold.corpus()).get(gold.docId());
            parsed = line == null ? null : jsonReader.read(gold.docId(), gold.corpus(), line);
        }
        return parsed != null && parsed.accepted() ? Optional.of(parsed.brief()) : Optional.empty();
    }

    private Map<String, String> lines(String corpus) {
        return linesByCorpus.computeIfAbsent(corpus, c -> index(c.equals(SAMPLE) ? sampleJsonFiles() : List.of(corpusFile(c))));
    }

    private Path corpusFile(String corpus) {
        return corpora.resolve(corpus).resolve(corpus + ".jsonl");
    }

    private List<Path> sampleJsonFiles() {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of JSON Lines files by their {@code id}, found without parsing every line in full. */
    private Map<String, String> index(List<Path> files) {
        Map<String, String> byId = new HashMap<>();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.forEach(line -> idOf(line).ifPresent(id -> byId.putIfAbsent(id, line)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }

    private static Optional<String> idOf(String line) {
        int key = line.indexOf("\"id\"");
        int open = key < 0 ? -1 : line.indexOf('"', line.indexOf(':', key) + 1);
        int close = open < 0 ? -1 : line.indexOf('"', open + 1);
        return close < 0 ? Optional.empty() : Optional.of(line.substring(open + 1, close));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
