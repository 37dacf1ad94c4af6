package org.brieflens.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.EnumMap;
import java.util.Map;

/**
 * The CoreNLP pipelines of this JVM: one per profile, built on first use and held strongly for
 * the life of the JVM. Building takes seconds (model loading), so it must never happen per
 * document or per partition; CoreNLP's own annotator pool holds models through soft references
 * that the GC may drop, which is why this holder keeps its own strong reference.
 */
public final class Pipelines {
    private static final Map<AnnotatorProfile, StanfordCoreNLP> PIPELINES = new EnumMap<>(AnnotatorProfile.class);
    private static final Map<AnnotatorProfile, Long> LOAD_MILLIS = new EnumMap<>(AnnotatorProfile.class);

    private Pipelines() {
    }

    /** The pipeline of a profile, building it on the first call in this JVM. Thread-safe. */
    static synchronized StanfordCoreNLP pipeline(AnnotatorProfile profile) {
        StanfordCoreNLP pipeline = PIPELINES.get(profile);
        if (pipeline == null) {
            long start = System.nanoTime();
            pipeline = new StanfordCoreNLP(profile.properties());
            LOAD_MILLIS.put(profile, (System.nanoTime() - start) / 1_000_000);
            PIPELINES.put(profile, pipeline);
        }
        return pipeline;
    }

    /** Milliseconds this JVM spent building the profile's pipeline, or -1 when it was not built here. */
    public static synchronized long loadMillis(AnnotatorProfile profile) {
        return LOAD_MILLIS.getOrDefault(profile, -1L);
    }

    /** How many pipelines this JVM has built; at most one per profile. */
    public static synchronized int built() {
        return PIPELINES.size();
    }
}
