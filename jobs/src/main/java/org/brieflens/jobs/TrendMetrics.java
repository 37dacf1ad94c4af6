package org.brieflens.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Turns sparse per-period counts into a dense trend table: every entity gets a row for every
 * period of its grain between the first and last dated document (zeros included, so plots and
 * window functions are right), with share of voice, change against the previous period, a
 * rolling mean of the last 4 periods, a z-score against the trailing 8, and rank and rank change.
 */
final class TrendMetrics {
    static final int ROLLING_PERIODS = 4;
    static final int BASELINE_PERIODS = 8;

    private final List<String> keys;
    private final List<String> attributes;
    private final List<String> counts;
    private final List<String> perPeriod;
    private final List<String> peers;

    /**
     * @param keys       columns that identify an entity (besides grain)
     * @param attributes columns that describe it (taken from any of its rows)
     * @param counts     count columns, zero-filled; the first is the one shares, changes and ranks use
     * @param perPeriod  other columns of a period's row, null in periods without one
     * @param peers      key columns that, with grain and period, bound a share and a rank (e.g. relation_type)
     */
    TrendMetrics(List<String> keys, List<String> attributes, List<String> counts, List<String> perPeriod,
                 List<String> peers) {
        this.keys = keys;
        this.attributes = attributes;
        this.counts = counts;
        this.perPeriod = perPeriod;
        this.peers = peers;
    }

    /** The dense table: {@code sparse} holds grain, period_start, keys, attributes and counts. */
    Dataset<Row> densify(Dataset<Row> sparseCounts, Dataset<Row> periods) {
        Dataset<Row> sparse = sparseCounts.cache(); // read twice below: for the entities and for the counts
        Dataset<Row> entities = sparse.groupBy(columns(Stream.concat(Stream.of(Tables.GRAIN), keys.stream())))
                .agg(firstOf(attributes.get(0)), attributes.stream().skip(1).map(TrendMetrics::firstOf).toArray(Column[]::new));
        List<String> joinKeys = new ArrayList<>(List.of(Tables.GRAIN, "period_start"));
        joinKeys.addAll(keys);
        Dataset<Row> counted = sparse.select(columns(Stream.of(joinKeys, counts, perPeriod).flatMap(List::stream)));
        Dataset<Row> dense = entities.join(periods, Tables.GRAIN)
                .join(counted, scala.jdk.javaapi.CollectionConverters.asScala(joinKeys).toSeq(), "left");
        for (String count : counts) {
            dense = dense.withColumn(count, coalesce(col(count), lit(0L)));
        }
        return withMetrics(dense);
    }

    private Dataset<Row> withMetrics(Dataset<Row> dense) {
        String measure = counts.get(0);
        Column[] entity = columns(Stream.concat(Stream.of(Tables.GRAIN), keys.stream()));
        Column[] period = columns(Stream.concat(Stream.of(Tables.GRAIN, "period_start"), peers.stream()));
        WindowSpec history = Window.partitionBy(entity).orderBy("period_start");
        WindowSpec sameperiod = Window.partitionBy(period);
        Column total = sum(col(measure)).over(sameperiod);
        Column previous = lag(col(measure), 1).over(history);
        Column trailing = avg(col(measure)).over(history.rowsBetween(-BASELINE_PERIODS, -1));
        Column spread = stddev_samp(col(measure)).over(history.rowsBetween(-BASELINE_PERIODS, -1));
        Dataset<Row> measured = dense
                .withColumn("share_of_voice", when(total.gt(0), col(measure).divide(total)).otherwise(lit(0.0)))
                .withColumn("change", col(measure).minus(previous))
                .withColumn("change_pct", when(previous.gt(0), col(measure).minus(previous).divide(previous).multiply(100)))
                .withColumn("rolling_mean_4", avg(col(measure)).over(history.rowsBetween(-(ROLLING_PERIODS - 1), 0)))
                .withColumn("z_score_8", when(spread.gt(0), col(measure).minus(trailing).divide(spread)))
                .withColumn("rank", when(col(measure).gt(0),
                        rank().over(Window.partitionBy(period).orderBy(col(measure).desc()))));
        return measured.withColumn("rank_change", lag(col("rank"), 1).over(history).minus(col("rank")));
    }

    private static Column firstOf(String column) {
        return first(col(column), true).as(column);
    }

    private static Column[] columns(Stream<String> names) {
        return names.map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
