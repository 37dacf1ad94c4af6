package org.brieflens.jobs;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;

/**
 * What the peers of each period did: the total of their measure (for share of voice) and how
 * many of them had each measure value (for rank). Small whatever the corpus: one entry per
 * period, peer group and distinct measure value, so it is collected and broadcast.
 */
final class PeriodStats implements Serializable {
    private final Map<List<Object>, Peers> groups;
    /** How many entities have a series in each grain. */
    private final Map<String, Long> seriesPerGrain;

    private PeriodStats(Map<List<Object>, Peers> groups, Map<String, Long> seriesPerGrain) {
        this.groups = groups;
        this.seriesPerGrain = seriesPerGrain;
    }

    /** The statistics of a sparse count query, tallied per partition and merged on the driver. */
    static PeriodStats of(JavaRDD<Row> sparse, SparseCounts columns) {
        return sparse.aggregate(new Tally(), (tally, row) -> tally.add(columns, row), Tally::merge).stats();
    }

    /** Sum of the measure over the peer group ({@link SparseCounts#peerGroup}); 0 for a period nobody had. */
    long total(List<Object> peerGroup) {
        Peers peers = groups.get(peerGroup);
        return peers == null ? 0 : peers.total;
    }

    /**
     * 1 + the number of peers with a strictly greater measure, as SQL {@code rank()} over the
     * measure descending; null for a measure of 0, which ranks nowhere.
     */
    Integer rank(List<Object> peerGroup, long measure) {
        if (measure <= 0) {
            return null;
        }
        Peers peers = groups.get(peerGroup);
        return peers == null ? 1 : 1 + peers.above(measure);
    }

    /** The rows of the dense table: every entity's series has a row for every period of its grain. */
    long denseRows(TrendPeriods periods) {
        return seriesPerGrain.entrySet().stream().mapToLong(e -> e.getValue() * periods.of(e.getKey()).size()).sum();
    }

    /** Distinct measures in ascending order, with the number of peers at or above each. */
    private record Peers(long total, long[] measures, long[] atOrAbove) implements Serializable {
        int above(long measure) {
            int first = Arrays.binarySearch(measures, measure);
            int higher = first >= 0 ? first + 1 : -first - 1;
            return higher < measures.length ? (int) atOrAbove[higher] : 0;
        }
    }

    /** How many entities of each peer group had each measure value. */
    static final class Tally implements Serializable {
        private final Map<List<Object>, Map<Long, Long>> entities = new HashMap<>();
        private final Set<List<Object>> series = new HashSet<>();

        Tally add(SparseCounts columns, Row row) {
            List<Object> entity = columns.entity(row);
            List<Object> group = columns.peerGroup(entity, columns.period(row));
            entities.computeIfAbsent(group, g -> new HashMap<>()).merge(columns.measure(row), 1L, Long::sum);
            series.add(entity);
            return this;
        }

        Tally merge(Tally other) {
            other.entities.forEach((group, counts) -> counts.forEach((measure, n) ->
                    entities.computeIfAbsent(group, g -> new HashMap<>()).merge(measure, n, Long::sum)));
            series.addAll(other.series);
            return this;
        }

        PeriodStats stats() {
            Map<List<Object>, Peers> groups = new HashMap<>();
            entities.forEach((group, counts) -> groups.put(group, peers(counts)));
            Map<String, Long> seriesPerGrain = new HashMap<>();
            series.forEach(entity -> seriesPerGrain.merge((String) entity.get(0), 1L, Long::sum));
            return new PeriodStats(groups, seriesPerGrain);
        }

        private static Peers peers(Map<Long, Long> counts) {
            long[] measures = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            long[] atOrAbove = new long[measures.length];
            long total = 0;
            long entities = 0;
            for (int i = measures.length - 1; i >= 0; i--) {
                long n = counts.get(measures[i]);
                entities += n;
                atOrAbove[i] = entities;
                total += measures[i] * n;
            }
            return new Peers(total, measures, atOrAbove);
        }
    }
}
