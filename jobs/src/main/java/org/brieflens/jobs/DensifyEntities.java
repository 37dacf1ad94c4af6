package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/** Per entity (grain and keys) with its sparse rows: its dense trend rows, see {@link DenseTrend}. */
final class DensifyEntities implements FlatMapFunction<Tuple2<List<Object>, Iterable<Row>>, Row> {
    private final DenseTrend dense;
    private final Broadcast<PeriodStats> stats;

    DensifyEntities(DenseTrend dense, Broadcast<PeriodStats> stats) {
        this.dense = dense;
        this.stats = stats;
    }

    @Override
    public Iterator<Row> call(Tuple2<List<Object>, Iterable<Row>> entity) {
        List<Row> sparse = new ArrayList<>();
        entity._2().forEach(sparse::add);
        return dense.rows(sparse, stats.value()).iterator();
    }
}
