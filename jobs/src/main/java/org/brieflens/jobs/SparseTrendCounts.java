package org.brieflens.jobs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The sparse counts of all five trend tables, from one pass over the fact tables of every batch:
 * the documents that count, then their mentions and relations grouped by document, counted by
 * {@link TrendCountRules} and merged per table, grain, period and group. Kept (serialized) until
 * {@link #release()}; the statistics of each period's peers ({@link PeriodStats}) are tallied for
 * every table in the pass that fills it.
 *
 * <p>A document counts when it is dated and is the first copy of its content: of the documents
 * with the same content_hash, the first by (batch, doc_id).
 */
final class SparseTrendCounts {
    private final JavaPairRDD<String, Row> rows;
    private final TrendPeriods periods;
    private final Map<String, PeriodStats> stats;
    private final Broadcast<EntityRollups> rollups;

    private SparseTrendCounts(JavaPairRDD<String, Row> rows, TrendPeriods periods, Map<String, PeriodStats> stats,
                              Broadcast<EntityRollups> rollups) {
        this.rows = rows;
        this.periods = periods;
        this.stats = stats;
        this.rollups = rollups;
    }

    /** Counts the fact tables under {@code out} and keeps the result; the caller must {@link #release()} it. */
    static SparseTrendCounts of(SparkSession spark, OutputLayout out) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = Math.max(1, jsc.defaultParallelism());
        JavaPairRDD<DocumentKey, LocalDate> counted = countedDocuments(read(spark, out, Tables.DOCUMENTS,
                "content_hash", "batch", "doc_id", "published_date"), partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        TrendPeriods periods = periods(counted);
        JavaPairRDD<DocumentKey, MentionFact> mentions = read(spark, out, Tables.MENTIONS, MentionFact.COLUMNS)
                .mapToPair(MentionFact::of);
        JavaPairRDD<DocumentKey, RelationFact> relations = read(spark, out, Tables.RELATIONS, RelationFact.COLUMNS)
                .mapToPair(RelationFact::of);
        Broadcast<EntityRollups> rollups = jsc.broadcast(EntityRollups.packaged());
        JavaPairRDD<String, Row> rows = counted.cogroup(mentions, relations, partitions)
                .filter(document -> document._2()._1().iterator().hasNext()) // facts of documents that do not count
                .flatMapToPair(document -> new TrendCountRules(rollups.value())
                        .count(document._1(), document._2()._2(), document._2()._3()).entrySet().stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey(PeriodCount::merge, partitions)
                .mapToPair(count -> {
                    SparseTable table = SparseTable.valueOf(count._1().table());
                    return new Tuple2<>(table.name(), table.row(count._1(), count._2()));
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Filled once here, by the pass that tallies every table's peers, not by the tables' writing, which run at once.
        Map<String, PeriodStats> stats = stats(rows);
        counted.unpersist(false);
        return new SparseTrendCounts(rows, periods, stats, rollups);
    }

    /** The periods of each grain from the first to the last counted document. */
    TrendPeriods periods() {
        return periods;
    }

    /** The sparse rows of one table, in the columns of {@link SparseTable#columns()}. */
    JavaRDD<Row> of(SparseTable table) {
        String name = table.name();
        return rows.filter(row -> row._1().equals(name)).values();
    }

    /** The statistics of each period's peers in one table. */
    PeriodStats stats(SparseTable table) {
        return stats.get(table.name());
    }

    /** Frees the kept counts; the tables' rows cannot be read after. */
    void release() {
        rows.unpersist(false);
        rollups.destroy();
    }

    /** The columns of a fact table of every batch; no rows when the table was never written. */
    private static JavaRDD<Row> read(SparkSession spark, OutputLayout out, String table, String... columns) {
        Dataset<Row> facts = out.exists(table)
                ? spark.read().schema(Tables.schemaOf(table)).parquet(out.table(table))
                : spark.createDataFrame(List.of(), Tables.schemaOf(table));
        return facts.selectExpr(columns).javaRDD();
    }

    /** Dated first copies, by (batch, doc_id), with their published_date. */
    private static JavaPairRDD<DocumentKey, LocalDate> countedDocuments(JavaRDD<Row> documents, int partitions) {
        return documents
                .mapToPair(row -> new Tuple2<>(row.getString(0), new Tuple2<>(
                        new DocumentKey(row.getString(1), row.getString(2)),
                        Optional.ofNullable(row.isNullAt(3) ? null : SparseCounts.date(row.get(3))))))
                .reduceByKey((a, b) -> a._1().compareTo(b._1()) <= 0 ? a : b, partitions)
                .values()
                .filter(copy -> copy._2().isPresent())
                .mapToPair(copy -> new Tuple2<>(copy._1(), copy._2().get()));
    }

    /** Every table's {@link PeriodStats}, tallied per partition and merged on the driver. */
    private static Map<String, PeriodStats> stats(JavaPairRDD<String, Row> rows) {
        Map<String, PeriodStats.Tally> tallies = rows.aggregate(new HashMap<String, PeriodStats.Tally>(), (tally, row) -> {
            SparseTable table = SparseTable.valueOf(row._1());
            tally.computeIfAbsent(row._1(), t -> new PeriodStats.Tally()).add(table.counts(), row._2());
            return tally;
        }, (a, b) -> {
            b.forEach((table, tally) -> a.merge(table, tally, PeriodStats.Tally::merge));
            return a;
        });
        Map<String, PeriodStats> stats = new HashMap<>();
        for (SparseTable table : SparseTable.values()) {
            stats.put(table.name(), tallies.getOrDefault(table.name(), new PeriodStats.Tally()).stats());
        }
        return stats;
    }

    private static TrendPeriods periods(JavaPairRDD<DocumentKey, LocalDate> counted) {
        Tuple2<LocalDate, LocalDate> bounds = counted.values()
                .map(date -> new Tuple2<>(date, date))
                .fold(new Tuple2<>(null, null), SparseTrendCounts::span);
        return bounds._1() == null ? TrendPeriods.none() : TrendPeriods.between(bounds._1(), bounds._2());
    }

    /** The span of two spans; (null, null) is the empty span. */
    private static Tuple2<LocalDate, LocalDate> span(Tuple2<LocalDate, LocalDate> a, Tuple2<LocalDate, LocalDate> b) {
        if (a._1() == null) {
            return b;
        }
        if (b._1() == null) {
            return a;
        }
        return new Tuple2<>(a._1().isBefore(b._1()) ? a._1() : b._1(), a._2().isAfter(b._2()) ? a._2() : b._2());
    }
}
