package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-reject-rate} through the whole command line: above the limit the run writes its
 * tables and manifest, then exits 4 with one line naming the counts and the limit; at or below it
 * exits 0.
 */
class RejectRateTest {
    @TempDir
    static Path input;

    @BeforeAll
    static void writeThreeBadLinesOfFive() throws IOException {
        Files.writeString(input.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"date\": \"2026-10-01\", \"text\": \"Nvidia opened an office in Seoul.\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"date\": \"2026-10-02\", \"text\": \"AMD hired engineers in Austin.\"}",
                "{\"id\": 4, \"text\": \"A numeric id.\"}",
                "{\"id\": \"e\", \"date\": \"yesterday\", \"text\": \"Intel cut prices.\"}"));
        SparkTestSession.get().stop(); // the command line starts and stops a session of its own
    }

    @Test
    void aboveTheLimitWritesEverythingThenExitsFour(@TempDir Path output) throws IOException {
        CommandLine run = CommandLine.run("--input", input.toString(), "--output", output.toString(), "--master", "local[2]",
                "--max-reject-rate", "0.5");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.TOO_MANY_REJECTS.code());
        assertThat(run.firstErrorLine()).isEqualTo("brieflens: rejected 3 of 5 documents (0.600), above --max-reject-rate 0.5;"
                + " tables and _manifest.json are written");
        JsonNode manifest = new ObjectMapper().readTree(output.resolve(OutputLayout.MANIFEST).toFile());
        assertThat(manifest.at("/reject_rate/limit").asDouble()).isEqualTo(0.5);
        assertThat(manifest.at("/reject_rate/rate").asDouble()).isEqualTo(0.6);
        assertThat(manifest.at("/reject_rate/exceeded").asBoolean()).isTrue();
        assertThat(manifest.at("/counts/rejected").asLong()).isEqualTo(3);
        SparkSession spark = SparkTestSession.get();
        assertThat(spark.read().parquet(output.resolve(Tables.REJECTED).toString()).count()).isEqualTo(3);
        spark.stop();
    }

    @Test
    void atTheLimitExitsZero(@TempDir Path output) throws IOException {
        CommandLine run = CommandLine.run("--input", input.toString(), "--output", output.toString(), "--master", "local[2]",
                "--max-reject-rate", "0.6");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode manifest = new ObjectMapper().readTree(output.resolve(OutputLayout.MANIFEST).toFile());
        assertThat(manifest.at("/reject_rate/exceeded").asBoolean()).isFalse();
        assertThat(manifest.at("/quality/passed").asBoolean()).isTrue();
    }
}
