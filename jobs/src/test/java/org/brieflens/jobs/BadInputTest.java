package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad lines and files land in {@code rejected} with a reason while the rest is processed. */
class BadInputTest {
    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static SparkSession spark;
    static Manifest manifest;

    @BeforeAll
    static void runOnBadInput() throws IOException {
        Files.writeString(input.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"ok-1\", \"date\": \"2026-10-01\", \"title\": \"Nvidia gains\", \"text\": \"Nvidia opened an office in Seoul.\"}",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": \"empty\", \"date\": \"2026-10-01\", \"title\": \"\", \"text\": \"   \"}",
                "{\"date\": \"2026-10-01\", \"text\": \"An article without an id.\"}",
                "{\"id\": 42, \"text\": \"A numeric id.\"}",
                "{\"id\": \"bad-date\", \"date\": \"2025-02-30\", \"text\": \"Intel cut prices.\"}",
                "",
                "{\"id\": \"ok-1\", \"date\": \"2026-10-02\", \"text\": \"Different text under a used id.\"}",
                "{\"id\": \"ok-2\", \"date\": null, \"title\": \"AMD\", \"text\": \"AMD hired engineers in Austin.\"}"),
                StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("dt=2026-10-03"));
        Files.writeString(input.resolve("dt=2026-10-03/brief.txt"),
                "Will Sony win?\nWhat's Happening?\nSony raised prices in Japan.\nAI Generated Content\n");
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14});
        Files.write(input.resolve("latin1.txt"), "Caf\u00e9 Nokia".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("notes.md"), "not an input file");
        spark = SparkTestSession.get();
        manifest = BriefLensJob.run(spark, new JobOptions(input.toString(), output.toString(), null,
                AnnotatorProfile.FAST, "bad", 2, JobOptions.DEFAULT_MAX_DOC_CHARS).withReport(false));
    }

    @Test
    void rejectsEachBadRecordWithItsReason() {
        Map<String, String> reasons = spark.read().parquet(output.resolve(Tables.REJECTED).toString())
                .collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<String>getAs("source"), r -> r.<String>getAs("reason")));

        assertThat(reasons).containsOnly(
                Map.entry("wire.jsonl:2", "malformed_json"),
                Map.entry("wire.jsonl:3", "empty_text"),
                Map.entry("wire.jsonl:4", "missing_field"),
                Map.entry("wire.jsonl:5", "bad_field_type"),
                Map.entry("wire.jsonl:6", "bad_date"),
                Map.entry("wire.jsonl:8", "duplicate_id"),
                Map.entry("empty.txt", "empty_text"),
                Map.entry("binary.txt", "binary_content"),
                Map.entry("latin1.txt", "invalid_encoding"));
    }

    @Test
    void processesTheGoodRecordsBesideTheBadOnes() {
        List<Row> documents = spark.read().parquet(output.resolve(Tables.DOCUMENTS).toString())
                .orderBy("doc_id").collectAsList();

        assertThat(documents).extracting(r -> r.<String>getAs("doc_id")).containsExactly("dt=2026-10-03/brief", "ok-1", "ok-2");
        assertThat(documents).extracting(r -> r.<String>getAs("status")).containsExactly("processed", "processed", "undated");
    }

    @Test
    void countsReconcileAndSkippedFilesAreListed() {
        RunCounts counts = manifest.counts();

        assertThat(counts.input()).isEqualTo(12);
        assertThat(counts.processed() + counts.rejected()).isEqualTo(counts.input());
        assertThat(counts.rejected()).isEqualTo(9);
        assertThat(manifest.skippedFiles()).singleElement().asString().endsWith("notes.md");
    }

    @Test
    void emptyTablesStillCarryTheirSchema() {
        assertThat(spark.read().parquet(output.resolve(Tables.RELATIONS).toString()).columns())
                .contains("company_a", "company_b", "cue", "evidence", "batch");
    }
}
