package org.brieflens.jobs;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Step "writeFacts": the documents, mentions, relations and rejected tables of one batch, built
 * from the annotated outcomes. Each table is partitioned by batch ({@code TABLE/batch=ID/}); a
 * batch is written to a staging folder first and then swapped in by renaming, so re-running a
 * batch replaces exactly its rows, other batches stay untouched, and a table with no rows in a
 * batch still gets a (row-less) Parquet file that carries its schema.
 */
final class FactTables {
    /** Rows per Parquet file before a table of one batch is split into several files. */
    private static final long ROWS_PER_FILE = 1_000_000;

    private FactTables() {
    }

    static void write(SparkSession spark, JavaRDD<Outcome> outcomes, String batch, RunCounts counts, OutputLayout out) {
        JavaRDD<Outcome> processed = outcomes.filter(Outcome::processed);
        writeTable(spark, processed.map(o -> FactRows.document(o.document(), batch)), Tables.DOCUMENTS,
                counts.processed(), batch, out, "doc_id");
        writeTable(spark, processed.flatMap(o -> FactRows.mentions(o.document(), batch).iterator()), Tables.MENTIONS,
                counts.mentions(), batch, out, "doc_id", "sentence_index", "char_begin");
        writeTable(spark, processed.flatMap(o -> FactRows.relations(o.document(), batch).iterator()), Tables.RELATIONS,
                counts.relations(), batch, out, "doc_id", "sentence_index", "relation_type", "company_a", "company_b");
        writeTable(spark, processed.flatMap(o -> FactRows.coMentions(o.document(), batch).iterator()), Tables.CO_MENTIONS,
                counts.coMentions(), batch, out, "doc_id", "company_a", "company_b");
        writeTable(spark, outcomes.filter(o -> !o.processed()).map(o -> FactRows.rejected(o.rejection(), batch)),
                Tables.REJECTED, counts.rejected(), batch, out, "source", "reason");
    }

    private static void writeTable(SparkSession spark, JavaRDD<Row> rows, String table, long rowCount, String batch,
                                   OutputLayout out, String... sortColumns) {
        int files = (int) Math.max(1, (rowCount + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        String staging = out.stagingFolder(table, batch);
        spark.createDataFrame(rows, Tables.schemaOf(table))
                .drop(Tables.BATCH) // carried by the folder name
                .coalesce(files)
                .sortWithinPartitions(sortColumns[0], Arrays.copyOfRange(sortColumns, 1, sortColumns.length))
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(staging);
        out.swapInBatch(table, batch, staging);
    }
}
