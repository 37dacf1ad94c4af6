package org.brieflens.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The CoreNLP pipelines of this JVM: one per profile, built on first use and held strongly for
 * the life of the JVM. Building takes seconds (model loading), so it must never happen per
 * document or per partition; CoreNLP's own annotator pool holds models through soft references
 * that the GC may drop, which is why this holder keeps its own strong reference.
 *
 * <p>One pipeline serves every task thread of the JVM: CoreNLP's tokenizer, sentence splitter and
 * CRF tagger hold no locks while annotating, so threads share the models without waiting, and
 * the JVM holds one copy of them. A different sentence-length limit is a different pipeline with
 * its own NER model; a job uses one limit.
 */
public final class Pipelines {
    private static final Map<Key, StanfordCoreNLP> PIPELINES = new HashMap<>();
    private static final Map<AnnotatorProfile, Long> LOAD_MILLIS = new EnumMap<>(AnnotatorProfile.class);

    private Pipelines() {
    }

    /** The pipeline of a profile and sentence limit, building it on the first call in this JVM. Thread-safe. */
    static synchronized StanfordCoreNLP pipeline(AnnotatorProfile profile, int maxSentenceTokens) {
        Key key = new Key(profile, maxSentenceTokens);
        StanfordCoreNLP pipeline = PIPELINES.get(key);
        if (pipeline == null) {
            long start = System.nanoTime();
            pipeline = new StanfordCoreNLP(profile.properties(maxSentenceTokens));
            LOAD_MILLIS.putIfAbsent(profile, (System.nanoTime() - start) / 1_000_000);
            PIPELINES.put(key, pipeline);
        }
        return pipeline;
    }

    /**
     * Starts building a pipeline on a background thread and returns at once, so that a JVM that
     * will annotate later (the driver of a local run, whose threads are the executors) loads the
     * models while it does other work. {@link #pipeline} waits for a build in progress, so the
     * pipeline is still built once; a failed build here is left to that call to repeat and report.
     */
    public static void preload(AnnotatorProfile profile, int maxSentenceTokens) {
        Thread loader = new Thread(() -> pipeline(profile, maxSentenceTokens), "brieflens-model-preload");
        loader.setDaemon(true);
        loader.setUncaughtExceptionHandler((thread, failure) -> { });
        loader.start();
    }

    private record Key(AnnotatorProfile profile, int maxSentenceTokens) {
    }

    /** Milliseconds this JVM spent building the profile's pipeline, or -1 when it was not built here. */
    public static synchronized long loadMillis(AnnotatorProfile profile) {
        return LOAD_MILLIS.getOrDefault(profile, -1L);
    }

    /** How many pipelines this JVM has built; at most one per profile and sentence limit. */
    public static synchronized int built() {
        return PIPELINES.size();
    }
}
