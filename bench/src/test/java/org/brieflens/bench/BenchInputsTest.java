package org.brieflens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brieflens.brief.Brief;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchInputsTest {
    @TempDir
    Path temp;

    @Test
    void theSampleHoldsEveryTextBriefAndEveryJsonRecordOfDataFolder() throws IOException {
        Path data = ProjectPaths.sampleData();
        long expected;
        try (Stream<Path> files = Files.walk(data)) {
            expected = files.filter(Files::isRegularFile).mapToLong(BenchInputsTest::records).sum();
        }
        List<Brief> briefs = BenchInputs.briefs(BenchInputs.SAMPLE);
        assertThat(briefs).hasSize((int) expected);
        assertThat(briefs).allSatisfy(b -> assertThat(b.sections()).isNotEmpty());
    }

    @Test
    void readsTheAcceptedRecordsOfAJsonLinesFile() throws IOException {
        Path file = temp.resolve("wire.jsonl");
        Files.writeString(file, """
                {"id": "a-1", "date": "2026-11-02", "title": "Chip maker opens plant", "source": "test", "text": "A chip maker opened a plant in Ohio."}
                this line is not JSON

                {"id": "a-2", "date": "2026-11-03", "title": "Cloud deal", "source": "test", "text": "Two cloud providers signed a deal."}
                """);
        assertThat(BenchInputs.jsonLines(file)).extracting(Brief::docId).containsExactly("a-1", "a-2");
    }

    @Test
    void anAbsentCorpusFailsNamingThePathAndTheFallback() {
        Path missing = temp.resolve("corpora").resolve("missing.jsonl");
        assertThatThrownBy(() -> BenchInputs.jsonLines(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("-p corpus=sample");
    }

    @Test
    void anUnknownCorpusNameIsRefused() {
        assertThatThrownBy(() -> BenchInputs.briefs("reuters"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'reuters'");
    }

    /** Documents a file of the sample holds: a text brief is one, a JSON Lines file one per non-blank line. */
    private static long records(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
            return 1;
        }
        if (!name.endsWith(".jsonl")) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
