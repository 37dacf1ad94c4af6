package org.brieflens.jobs.cluster;

import org.brieflens.jobs.SparkTestSession;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Comparisons of whole output folders: every fact and trend table, row by row. */
final class OutputTables {
    private OutputTables() {
    }

    /**
     * Asserts that two output folders hold the same tables with the same rows (order aside), for
     * every table the expected run's manifest lists. No column is run-specific: ids, paths and
     * dates all come from the input, which both runs read from the same folder.
     */
    static void assertSameTables(Path expected, Path actual) {
        List<String> tables = tables(expected);
        assertThat(tables(actual)).as("tables in the manifest of " + actual).isEqualTo(tables);
        assertThat(rows(expected, "mentions")).as("mentions of the reference run").isNotEmpty();
        for (String table : tables) {
            assertThat(rows(actual, table)).as(table + " of " + actual).isEqualTo(rows(expected, table));
        }
    }

    /** The tables the manifest of an output folder lists. */
    static List<String> tables(Path output) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(output.resolve("_manifest.json").toFile());
            List<String> tables = new ArrayList<>();
            manifest.get("tables").forEach(t -> tables.add(t.asText()));
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table's rows in a total order (every column, in schema order). */
    static List<Row> rows(Path output, String table) {
        Dataset<Row> frame = SparkTestSession.get().read().parquet(output.resolve(table).toString());
        Column[] all = Arrays.stream(frame.columns()).map(functions::col).toArray(Column[]::new);
        return frame.orderBy(all).collectAsList();
    }

    /**
     * Folders and files whose name starts with "_staging", anywhere below an output folder. Safe
     * to call while a run writes there: a listing that races with a file being removed is retried.
     */
    static List<Path> stagingLeftovers(Path output) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.walk(output)) {
                return paths.filter(p -> p.getFileName().toString().startsWith("_staging")).toList();
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 20) {
                    throw new AssertionError("cannot list " + output, e);
                }
            }
        }
    }
}
