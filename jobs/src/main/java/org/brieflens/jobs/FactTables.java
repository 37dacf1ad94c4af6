package org.brieflens.jobs;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Step "writeFacts": the documents, mentions, relations and rejected tables of one batch, built
 * from the annotated outcomes and written partitioned by batch. Writing overwrites only this
 * batch's partition (dynamic partition overwrite), so re-running a batch replaces its rows and
 * leaves other batches alone.
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
        writeTable(spark, outcomes.filter(o -> !o.processed()).map(o -> FactRows.rejected(o.rejection(), batch)),
                Tables.REJECTED, counts.rejected(), batch, out, "source", "reason");
    }

    private static void writeTable(SparkSession spark, JavaRDD<Row> rows, String table, long rowCount, String batch,
                                   OutputLayout out, String... sortColumns) {
        if (rowCount == 0) {
            // Dynamic overwrite only replaces partitions it writes: clear the batch explicitly.
            out.deleteBatch(table, batch);
            return;
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schemaOf(table));
        int files = (int) Math.max(1, (rowCount + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        frame.coalesce(files)
                .sortWithinPartitions(sortColumns[0], java.util.Arrays.copyOfRange(sortColumns, 1, sortColumns.length))
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy(Tables.BATCH)
                .parquet(out.table(table));
    }

    static org.apache.spark.sql.types.StructType schemaOf(String table) {
        return switch (table) {
            case Tables.DOCUMENTS -> Tables.DOCUMENTS_SCHEMA;
            case Tables.MENTIONS -> Tables.MENTIONS_SCHEMA;
            case Tables.RELATIONS -> Tables.RELATIONS_SCHEMA;
            case Tables.REJECTED -> Tables.REJECTED_SCHEMA;
            default -> throw new IllegalArgumentException("not a fact table: " + table);
        };
    }
}
