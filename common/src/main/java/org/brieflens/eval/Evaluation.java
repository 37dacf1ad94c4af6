package org.brieflens.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brieflens.brief.Brief;

/**
 * Scores extractors against a gold set: for each field, micro-averaged precision, recall and F1
 * over the documents whose text is available on this machine.
 */
final class Evaluation {
    private final List<GoldDocument> gold;
    private final DocumentSource source;
    private final CompanyKeys keys;

    Evaluation(List<GoldDocument> gold, DocumentSource source, CompanyKeys keys) {
        this.gold = gold;
        this.source = source;
        this.keys = keys;
    }

    static List<GoldDocument> readGold(Path file) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<GoldDocument> documents = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    documents.add(GoldDocument.of(json.readTree(line)));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold set " + file, e);
        }
    }

    /** Documents of the gold set whose text this machine has. */
    List<GoldDocument> available() {
        return gold.stream().filter(source::available).toList();
    }

    /** Scores one extractor over the available documents; {@code misses} collects per-document errors. */
    Result score(Extractor extractor, List<String> misses) {
        Map<Field, Score> scores = new EnumMap<>(Field.class);
        long start = System.nanoTime();
        int documents = 0;
        for (GoldDocument doc : available()) {
            Optional<Brief> brief = source.load(doc);
            if (brief.isEmpty()) {
                throw new IllegalStateException("gold document " + doc.docId() + " of " + doc.corpus() + " not found");
            }
            Prediction prediction = extractor.predict(brief.get());
            for (Field field : Field.values()) {
                Set<Object> expected = expected(doc, field);
                scores.merge(field, Score.of(prediction.get(field), expected), Score::plus);
                describeMisses(doc, field, prediction.get(field), expected, misses);
            }
            documents++;
        }
        return new Result(extractor.name(), documents, scores, (System.nanoTime() - start) / 1_000_000);
    }

    private Set<Object> expected(GoldDocument doc, Field field) {
        Set<Object> values = new HashSet<>();
        switch (field) {
            case COMPANIES -> doc.companies().forEach(c -> values.add(keys.key(c)));
            case COUNTRIES -> values.addAll(doc.countries());
            case MACRO_REGIONS -> values.addAll(doc.macroRegions());
            case COMPETITORS -> doc.competitors().forEach(p -> addPair(values, p));
            case PARTNERS -> doc.partners().forEach(p -> addPair(values, p));
        }
        return values;
    }

    private void addPair(Set<Object> values, List<String> pair) {
        String a = keys.key(pair.get(0));
        String b = keys.key(pair.get(1));
        if (!a.equals(b)) {
            values.add(Set.of(a, b));
        }
    }

    private static void describeMisses(GoldDocument doc, Field field, Set<Object> predicted, Set<Object> expected,
                                       List<String> misses) {
        if (misses == null) {
            return;
        }
        Set<Object> extra = new HashSet<>(predicted);
        extra.removeAll(expected);
        Set<Object> missing = new HashSet<>(expected);
        missing.removeAll(predicted);
        if (!extra.isEmpty() || !missing.isEmpty()) {
            misses.add(doc.docId() + " " + field.label() + ": extra " + extra + " missing " + missing);
        }
    }

    /** Scores of one extractor. */
    record Result(String extractor, int documents, Map<Field, Score> scores, long millis) {
        double f1(Field field) {
            return scores.getOrDefault(field, Score.ZERO).f1();
        }
    }
}
