package org.brieflens.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.brief.Brief;
import org.brieflens.extract.MentionExtractor;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;

/**
 * The documents of a corpus annotated by CoreNLP's fast profile, once per JVM and corpus: benchmark
 * setup, never measured. Several benchmarks in one JVM (the smoke test, forks 0) share the result
 * instead of annotating again.
 */
public final class AnnotatedCorpus {
    private static final Map<String, List<AnnotatedDocument>> ANNOTATED = new HashMap<>();

    private AnnotatedCorpus() {
    }

    /**
     * The annotated documents of a named corpus (see {@link BenchInputs}), in a fixed order.
     *
     * @throws IllegalStateException when the corpus is absent or holds no document
     */
    public static synchronized List<AnnotatedDocument> documents(String corpus) {
        List<AnnotatedDocument> documents = ANNOTATED.get(corpus);
        if (documents == null) {
            documents = annotate(corpus, BenchInputs.briefs(corpus));
            ANNOTATED.put(corpus, documents);
        }
        return documents;
    }

    private static List<AnnotatedDocument> annotate(String corpus, List<Brief> briefs) {
        if (briefs.isEmpty()) {
            throw new IllegalStateException("corpus " + corpus + " holds no readable document");
        }
        long start = System.nanoTime();
        BriefAnnotator annotator = new BriefAnnotator(AnnotatorProfile.FAST);
        List<AnnotatedDocument> documents = new ArrayList<>(briefs.size());
        for (Brief brief : briefs) {
            AnnotatedBrief annotated = annotator.annotate(brief);
            documents.add(new AnnotatedDocument(annotated, MentionExtractor.packaged().extract(annotated.sentences()),
                    annotated.tokenCount()));
        }
        long tokens = documents.stream().mapToLong(AnnotatedDocument::tokens).sum();
        System.out.printf("setup: corpus %s, %d documents, %d tokens annotated in %.1f s (not measured)%n", corpus,
                documents.size(), tokens, (System.nanoTime() - start) / 1e9);
        return List.copyOf(documents);
    }
}
