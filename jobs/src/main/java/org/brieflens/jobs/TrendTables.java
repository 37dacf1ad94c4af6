package org.brieflens.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Steps "aggregate" and "writeTrends": the trend tables, recomputed from the fact tables of every
 * batch in the output folder after each run (aggregation is cheap next to annotation). Only
 * dated documents count, and of documents with the same content only the first copy in
 * (batch, doc_id) order. All are written to staging folders and swapped in when all are complete.
 *
 * <p>The sparse counts of all five tables, and the statistics of each period's peers
 * ({@link PeriodStats}), come from one pass over the facts in plain Java ({@link SparseTrendCounts});
 * per table, the statistics are broadcast, the rows are grouped by entity and each entity's series
 * is made dense, with its metrics ({@link DenseTrend}). A few Spark jobs per table: on data this size,
 * Spark SQL's aggregations (sorts, expansions, generated code) cost far more than the arithmetic.
 */
final class TrendTables {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrendTables.class);
    /**
     * Rows per file before a dense table is split into several, by entity. Each file is sorted on its
     * own, by a task of its own: a table of millions of rows (daily periods of a large corpus) is
     * written by every core, and each sort fits in its task's memory instead of spilling.
     */
    static final long ROWS_PER_FILE = 1_000_000;

    private TrendTables() {
    }

    static void write(SparkSession spark, OutputLayout out) {
        write(spark, out, ROWS_PER_FILE);
    }

    /** As {@link #write(SparkSession, OutputLayout)}, splitting the dense tables at another number of rows per file. */
    static void write(SparkSession spark, OutputLayout out, long rowsPerFile) {
        // The SQL left here reads, sorts and writes small tables: compiling every stage costs more than it saves.
        SessionSettings.during(spark, Map.of(SessionSettings.WHOLE_STAGE_CODEGEN, "false"), () -> {
            writeAll(spark, out, rowsPerFile);
            return null;
        });
    }

    private static void writeAll(SparkSession spark, OutputLayout out, long rowsPerFile) {
        long start = System.nanoTime();
        SparseTrendCounts sparse = SparseTrendCounts.of(spark, out);
        TrendPeriods periods = sparse.periods();
        LOG.info("trend counts ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        try {
            // The five tables are independent: written at once, their one-task stages share the cores.
            List<Entities> written = AtOnce.run(List.<Callable<Entities>>of(
                    () -> write(spark, out, periods, SparseTable.COMPANY, sparse, rowsPerFile),
                    () -> write(spark, out, periods, SparseTable.PARENT, sparse, rowsPerFile),
                    () -> write(spark, out, periods, SparseTable.REGION, sparse, rowsPerFile),
                    () -> write(spark, out, periods, SparseTable.COMPANY_REGION, sparse, rowsPerFile),
                    () -> write(spark, out, periods, SparseTable.COMPETITOR, sparse, rowsPerFile)));
            writeTrending(spark, out, periods, written.get(0), written.get(1), written.get(2));
        } finally {
            sparse.release();
        }
        // Swapped in only once every trend table is complete: a failure above leaves the old ones.
        for (String table : List.of(Tables.COMPANY_TRENDS, Tables.PARENT_TRENDS, Tables.REGION_TRENDS,
                Tables.COMPANY_REGION_TRENDS, Tables.COMPETITOR_TRENDS, Tables.TRENDING)) {
            out.swapIn(table, out.stagingFolder(table));
        }
    }

    private static void writeTrending(SparkSession spark, OutputLayout out, TrendPeriods periods, Entities companies,
                                      Entities parents, Entities regions) {
        long start = System.nanoTime();
        List<Row> rising = Trending.of(List.of(
                companies.contending("company", null, "company_id", "company_name"),
                parents.contending("parent", null, "parent_id", "parent_name"),
                regions.contending(null, "region_type", "region_id", "region_name")), periods);
        write(out, Tables.TRENDING, spark.createDataFrame(rising, Tables.TRENDING_SCHEMA), 1);
        LOG.info("wrote {} in {} ms", Tables.TRENDING, (System.nanoTime() - start) / 1_000_000);
    }

    /** A trend table's sparse rows grouped by entity, kept for the trending pass. */
    private record Entities(SparseCounts counts, JavaPairRDD<List<Object>, Iterable<Row>> rows) {
        Tuple2<Trending.Contenders, JavaPairRDD<List<Object>, Iterable<Row>>> contending(
                String type, String typeColumn, String idColumn, String nameColumn) {
            return new Tuple2<>(new Trending.Contenders(counts, type, typeColumn, idColumn, nameColumn), rows);
        }
    }

    /** Writes the dense trend table of a table's sparse counts to its staging folder. */
    private static Entities write(SparkSession spark, OutputLayout out, TrendPeriods periods, SparseTable table,
                                  SparseTrendCounts all, long rowsPerFile) {
        long start = System.nanoTime();
        SparseCounts counts = table.counts();
        JavaRDD<Row> sparse = all.of(table);
        PeriodStats tableStats = all.stats(table);
        long rows = tableStats.denseRows(periods);
        int files = ParquetWriting.filesFor(rows, rowsPerFile);
        Broadcast<PeriodStats> stats = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(tableStats);
        // One file: as many partitions as the counts have, joined for the write. Several: a partition
        // of entities per file. The trending pass reuses this shuffle.
        JavaPairRDD<List<Object>, Iterable<Row>> entities = sparse.groupBy(counts::entity,
                files > 1 ? files : Math.max(1, sparse.getNumPartitions()));
        StructType schema = Tables.schemaOf(table.shape().table());
        write(out, table.shape().table(), spark.createDataFrame(
                entities.flatMap(new DensifyEntities(new DenseTrend(counts, schema, periods), stats)), schema), files);
        stats.destroy();
        LOG.info("wrote {} ({} rows, {} files) in {} ms", table.shape().table(), rows, files,
                (System.nanoTime() - start) / 1_000_000);
        return new Entities(counts, entities);
    }

    /**
     * Each partition of the rows as one file sorted by grain, period and the first entity column, in
     * the table's staging folder; a single file joins the partitions without a shuffle.
     */
    private static void write(OutputLayout out, String table, Dataset<Row> rows, int files) {
        String[] columns = rows.schema().fieldNames();
        Dataset<Row> spread = files == 1 ? rows.coalesce(1) : rows;
        ParquetWriting.write(spread.sortWithinPartitions(columns[0], Arrays.copyOfRange(columns, 1, 3)),
                out.stagingFolder(table));
    }
}
