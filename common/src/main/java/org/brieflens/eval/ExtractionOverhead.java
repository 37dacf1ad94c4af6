package org.brieflens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.JsonLinesReader;
import org.brieflens.brief.ParsedInput;
import org.brieflens.extract.DocumentExtractor;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;

/**
 * Benchmark: how much brieflens's own resolution and rules (mentions, relations, amounts) add
 * to CoreNLP's annotation time, on one thread, over a JSON Lines corpus. Rounds alternate the
 * two measurements side by side and the medians are printed with their ratio.
 *
 * <pre>ExtractionOverhead CORPUS.jsonl [rounds=3] [profile=fast]</pre>
 */
public final class ExtractionOverhead {
    private ExtractionOverhead() {
    }

    public static void main(String[] args) throws IOException {
        List<Brief> briefs = read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        AnnotatorProfile profile = AnnotatorProfile.of(args.length > 2 ? args[2] : "fast");
        BriefAnnotator annotator = new BriefAnnotator(profile);
        DocumentExtractor extractor = new DocumentExtractor(profile);
        warmUp(briefs, annotator, extractor);
        long[] annotate = new long[rounds];
        long[] extract = new long[rounds];
        long tokens = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            List<AnnotatedBrief> annotated = new ArrayList<>(briefs.size());
            briefs.forEach(b -> annotated.add(annotator.annotate(b)));
            annotate[round] = System.nanoTime() - start;
            start = System.nanoTime();
            annotated.forEach(a -> extractor.extract(a, 0));
            extract[round] = System.nanoTime() - start;
            tokens = annotated.stream().mapToLong(AnnotatedBrief::tokenCount).sum();
        }
        double annotateSeconds = median(annotate) / 1e9;
        double extractSeconds = median(extract) / 1e9;
        System.out.printf("corpus %s: %d documents, %d tokens, profile %s, %d rounds, one thread%n", args[0],
                briefs.size(), tokens, profile.code(), rounds);
        System.out.printf("CoreNLP annotation (median): %.2f s = %,.0f tokens/s%n", annotateSeconds, tokens / annotateSeconds);
        System.out.printf("brieflens extraction (median): %.2f s = %,.0f tokens/s%n", extractSeconds, tokens / extractSeconds);
        System.out.printf("extraction / annotation: %.1f%%%n", 100 * extractSeconds / annotateSeconds);
    }

    private static void warmUp(List<Brief> briefs, BriefAnnotator annotator, DocumentExtractor extractor) {
        briefs.stream().limit(50).forEach(b -> extractor.extract(annotator.annotate(b), 0));
    }

    private static List<Brief> read(Path corpus) throws IOException {
        JsonLinesReader reader = new JsonLinesReader(1_000_000);
        List<Brief> briefs = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            ParsedInput parsed = line.isBlank() ? null : reader.read(corpus.toString(), corpus.toString(), line);
            if (parsed != null && parsed.accepted()) {
                briefs.add(parsed.brief());
            }
        }
        return briefs;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
