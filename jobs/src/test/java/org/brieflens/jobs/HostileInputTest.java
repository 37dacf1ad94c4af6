package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.brieflens.brief.RejectReason;
import org.brieflens.jobs.HostileCorpus.Case;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job on a corpus of hostile input ({@link HostileCorpus}): every case ends processed or
 * rejected with its declared reason, in the Parquet tables, none is lost, and the heavy cases
 * finish within the per-document time limit.
 */
class HostileInputTest {
    /** Small, so a document that stalls annotation is stopped quickly. */
    static final int MAX_DOC_SECONDS = 15;
    /**
     * Far below what an unbounded document would take, far above a normal run (about a minute on
     * two idle cores; several on a machine shared by concurrent builds).
     */
    static final long RUN_SECONDS_BOUND = 420;

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static SparkSession spark;
    static Map<String, Case> cases;
    static Manifest manifest;
    static long runSeconds;
    static Map<String, List<Row>> documents;
    static Map<String, List<Row>> rejected;
    static Map<String, Long> mentionsByDoc;

    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang fails the class instead of stalling the build
    static void runOnHostileInput() {
        cases = HostileCorpus.writeInto(input).cases();
        spark = SparkTestSession.get();
        long start = System.nanoTime();
        manifest = BriefLensJob.run(spark, new JobOptions(input.toString(), output.toString(), null, AnnotatorProfile.FAST,
                "hostile", 4, JobOptions.DEFAULT_MAX_DOC_CHARS, JobOptions.DEFAULT_MAX_SENTENCE_TOKENS, MAX_DOC_SECONDS, null, false));
        runSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        documents = byColumn(Tables.DOCUMENTS, "origin");
        rejected = byColumn(Tables.REJECTED, "source");
        mentionsByDoc = spark.read().parquet(output.resolve(Tables.MENTIONS).toString()).groupBy("doc_id").count()
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAsDeclared() {
        return cases.values().stream().map(c -> DynamicTest.dynamicTest(c.origin() + ": " + c.what(), () -> assertOutcome(c)));
    }

    @Test
    void noDocumentIsLostOrCountedTwice() {
        List<String> seen = new ArrayList<>();
        documents.forEach((origin, rows) -> rows.forEach(r -> seen.add(origin)));
        rejected.forEach((origin, rows) -> rows.forEach(r -> seen.add(origin)));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(cases.keySet());
        assertThat(manifest.counts().input()).isEqualTo(cases.size());
        assertThat(manifest.counts().processed()).isEqualTo(documents.size());
        assertThat(manifest.counts().rejected()).isEqualTo(rejected.size());
    }

    @Test
    void heavyDocumentsEndWithinTheTimeLimit() {
        assertThat(runSeconds).as("seconds of the run; heavy cases ended as %s",
                HostileCorpus.HEAVY.stream().map(h -> h + "=" + documents.getOrDefault(h, rejected.get(h))).toList())
                .isLessThan(RUN_SECONDS_BOUND);
        for (String heavy : HostileCorpus.HEAVY) {
            List<Row> timedOut = rejected.getOrDefault(heavy, List.of());
            timedOut.forEach(r -> assertThat(r.<String>getAs("detail")).contains(MAX_DOC_SECONDS + " s"));
        }
    }

    @Test
    void markupIsNeitherAnnotatedNorStored() {
        String docId = documents.get("html.txt").get(0).getAs("doc_id");
        List<Row> mentions = spark.read().parquet(output.resolve(Tables.MENTIONS).toString())
                .where("doc_id = '" + docId + "'").collectAsList();

        assertThat(documents.get("html.txt").get(0).<String>getAs("title")).isEqualTo("Will Nvidia win Seoul?");
        assertThat(mentions).extracting(r -> r.<String>getAs("entity_name")).contains("Nvidia").doesNotContain("Apple");
        assertThat(mentions).extracting(r -> r.<String>getAs("surface")).noneMatch(s -> s.contains("<") || s.contains("&"));
    }

    @Test
    void theQualityGatePassesOnWhatWasWritten() {
        assertThat(manifest.quality().failures()).isEmpty();
    }

    private static void assertOutcome(Case c) {
        List<Row> asDocument = documents.getOrDefault(c.origin(), List.of());
        List<Row> asRejection = rejected.getOrDefault(c.origin(), List.of());
        assertThat(asDocument.size() + asRejection.size()).as("rows for " + c.origin()).isEqualTo(1);
        switch (c.outcome()) {
            case REJECTED -> assertThat(asRejection).as("rejection of " + c.origin()).singleElement()
                    .extracting(r -> r.<String>getAs("reason")).isEqualTo(c.reason().code());
            case PROCESSED -> assertProcessed(c, asDocument);
            case PROCESSED_OR_TIMED_OUT -> {
                if (asDocument.isEmpty()) {
                    assertThat(asRejection.get(0).<String>getAs("reason")).isEqualTo(RejectReason.TIMED_OUT.code());
                } else {
                    assertProcessed(c, asDocument);
                }
            }
        }
    }

    private static void assertProcessed(Case c, List<Row> asDocument) {
        assertThat(asDocument).as("document of %s, rejected as %s", c.origin(), rejected.get(c.origin())).hasSize(1);
        Row document = asDocument.get(0);
        long mentions = mentionsByDoc.getOrDefault(document.<String>getAs("doc_id"), 0L);
        if (c.minMentions() >= 0) {
            assertThat(mentions).as("mentions of " + c.origin()).isGreaterThanOrEqualTo(c.minMentions());
        }
        if (c.maxMentions() >= 0) {
            assertThat(mentions).as("mentions of " + c.origin()).isLessThanOrEqualTo(c.maxMentions());
        }
        if (c.date() != null) {
            Object date = document.getAs("published_date");
            assertThat(date == null ? "" : date.toString()).as("date of " + c.origin()).isEqualTo(c.date());
        }
    }

    private static Map<String, List<Row>> byColumn(String table, String column) {
        return spark.read().parquet(output.resolve(table).toString()).collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.<String>getAs(column)));
    }
}
