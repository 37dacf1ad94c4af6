package org.brieflens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Step "writeFacts": the documents, mentions, relations, co_mentions, amounts and rejected tables of one
 * batch, built from the annotated outcomes. Each table is partitioned by batch
 * ({@code TABLE/batch=ID/}). All six are written to staging folders first and swapped in by
 * renaming only once every one is complete, so a failed run leaves the earlier batches as they
 * were, re-running a batch replaces exactly its rows, and a table with no rows in a batch still
 * gets a (row-less) Parquet file that carries its schema.
 */
final class FactTables {
    /** Rows per Parquet file before a table of one batch is split into several files. */
    private static final long ROWS_PER_FILE = 2_000_000;

    private FactTables() {
    }

    static void write(SparkSession spark, JavaRDD<Outcome> outcomes, String batch, RunCounts counts, OutputLayout out) {
        JavaRDD<Outcome> processed = outcomes.filter(Outcome::processed);
        Dataset<Row> documents = spark.createDataFrame(processed.map(o -> FactRows.document(o.document(), batch)),
                Tables.DOCUMENTS_SCHEMA);
        List<Staged> tables = List.of(
                new Staged(Tables.DOCUMENTS, markDuplicates(spark, documents, batch, out), counts.processed(),
                        col("published_date"), col("doc_id")),
                new Staged(Tables.MENTIONS, frame(spark, processed.flatMap(o -> FactRows.mentions(o.document(), batch)
                        .iterator()), Tables.MENTIONS), counts.mentions(),
                        col("published_date"), col("entity_type"), col("entity_id"), col("doc_id"), col("char_begin")),
                new Staged(Tables.RELATIONS, frame(spark, processed.flatMap(o -> FactRows.relations(o.document(), batch)
                        .iterator()), Tables.RELATIONS), counts.relations(),
                        col("published_date"), col("relation_type"), col("company_a"), col("company_b"), col("doc_id"),
                        col("sentence_index")),
                new Staged(Tables.CO_MENTIONS, frame(spark, processed.flatMap(o -> FactRows.coMentions(o.document(), batch)
                        .iterator()), Tables.CO_MENTIONS), counts.coMentions(),
                        col("published_date"), col("company_a"), col("company_b"), col("doc_id")),
                new Staged(Tables.AMOUNTS, frame(spark, processed.flatMap(o -> FactRows.amounts(o.document(), batch)
                        .iterator()), Tables.AMOUNTS), counts.amounts(),
                        col("published_date"), col("company_id"), col("metric"), col("doc_id"), col("char_begin")),
                new Staged(Tables.REJECTED, frame(spark, outcomes.filter(o -> !o.processed())
                        .map(o -> FactRows.rejected(o.rejection(), batch)), Tables.REJECTED), counts.rejected(),
                        col("source"), col("reason")));
        // The six tables read the same cached outcomes and are independent: written at once.
        AtOnce.run(tables.stream().<Callable<Void>>map(table -> () -> {
            table.writeTo(out.stagingFolder(table.name(), batch));
            return null;
        }).toList());
        for (Staged table : tables) {
            out.swapInBatch(table.name(), batch, out.stagingFolder(table.name(), batch));
        }
    }

    private static Dataset<Row> frame(SparkSession spark, JavaRDD<Row> rows, String table) {
        return spark.createDataFrame(rows, Tables.schemaOf(table));
    }

    /**
     * Marks a document {@code duplicate} when a document with the same content hash comes first
     * in (batch, doc_id) order, in this batch or in another one already written. Trend tables
     * count only the first copy, by the same order.
     */
    private static Dataset<Row> markDuplicates(SparkSession spark, Dataset<Row> documents, String batch, OutputLayout out) {
        Dataset<Row> all = documents.select("content_hash", "doc_id", Tables.BATCH);
        if (out.exists(Tables.DOCUMENTS)) {
            all = all.unionByName(spark.read().schema(Tables.DOCUMENTS_SCHEMA).parquet(out.table(Tables.DOCUMENTS))
                    .where(col(Tables.BATCH).notEqual(batch)).select("content_hash", "doc_id", Tables.BATCH));
        }
        Dataset<Row> firsts = all
                .withColumn("copy", row_number().over(Window.partitionBy("content_hash").orderBy(Tables.BATCH, "doc_id")))
                .where(col("copy").equalTo(1))
                .select(col("content_hash").as("first_hash"), col("doc_id").as("first_doc"), col(Tables.BATCH).as("first_batch"));
        Column isFirst = col("first_doc").equalTo(col("doc_id")).and(col("first_batch").equalTo(lit(batch)));
        return documents.join(firsts, documents.col("content_hash").equalTo(firsts.col("first_hash")), "left")
                .withColumn("status", when(isFirst, col("status")).otherwise(lit(FactRows.DUPLICATE)))
                .select(Tables.DOCUMENTS_SCHEMA.fieldNames()[0], java.util.Arrays.copyOfRange(Tables.DOCUMENTS_SCHEMA.fieldNames(), 1,
                        Tables.DOCUMENTS_SCHEMA.fieldNames().length));
    }

    /** A fact table of the batch, ready to be written sorted into its staging folder. */
    private record Staged(String name, Dataset<Row> frame, long rows, Column... sortColumns) {
        /**
         * One file per {@link #ROWS_PER_FILE} rows. A single file needs no shuffle: the partitions
         * are concatenated in one task; more files are spread evenly by a shuffle.
         */
        void writeTo(String folder) {
            int files = ParquetWriting.filesFor(rows, ROWS_PER_FILE);
            Dataset<Row> rowsOfBatch = frame.drop(Tables.BATCH); // carried by the folder name
            Dataset<Row> spread = files == 1 ? rowsOfBatch.coalesce(1) : rowsOfBatch.repartition(files);
            ParquetWriting.write(spread.sortWithinPartitions(sortColumns), folder);
        }
    }
}
