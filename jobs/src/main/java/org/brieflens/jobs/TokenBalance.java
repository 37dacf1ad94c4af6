package org.brieflens.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.brieflens.brief.Brief;
import scala.Tuple2;

/**
 * Step "balance": spreads the briefs to annotate over partitions of about equal text length
 * (characters track tokens closely, and annotation time tracks tokens), so one partition of long
 * articles does not keep a core busy while the others idle. Longest documents are placed first,
 * each on the lightest partition so far, and are annotated first within it.
 *
 * <p>The briefs RDD is read twice (sizes, then placement) and must be persisted by the caller so
 * both reads see the same documents in the same order.
 */
final class TokenBalance {
    /** About 20 s of annotation on one core: small enough for live progress and cheap retries. */
    static final long CHARS_PER_PARTITION = 2_000_000;

    private TokenBalance() {
    }

    /** The plan and the briefs placed by it. */
    record Balanced(JavaRDD<Brief> briefs, int partitions, long documents, long chars) {
    }

    /**
     * @param requested partitions asked for on the command line, or 0 to choose: at least twice the
     *                  parallelism, more for large inputs ({@link #CHARS_PER_PARTITION} each)
     */
    static Balanced spread(JavaSparkContext jsc, JavaRDD<Brief> briefs, int requested) {
        List<int[]> sizes = briefs.mapPartitions(TokenBalance::lengths).collect();
        long documents = sizes.stream().mapToLong(s -> s.length).sum();
        long chars = sizes.stream().flatMapToInt(java.util.Arrays::stream).asLongStream().sum();
        int partitions = requested > 0 ? requested
                : (int) Math.max(2L * jsc.defaultParallelism(), (chars + CHARS_PER_PARTITION - 1) / CHARS_PER_PARTITION);
        partitions = (int) Math.max(1, Math.min(partitions, Math.max(1, documents)));
        Broadcast<int[][]> placement = jsc.broadcast(place(sizes, partitions));
        JavaRDD<Brief> placed = briefs
                .mapPartitionsWithIndex((index, it) -> keyed(placement.value()[index], it), true)
                .mapToPair(t -> t)
                .repartitionAndSortWithinPartitions(new Exactly(partitions))
                .values();
        return new Balanced(placed, partitions, documents, chars);
    }

    /**
     * Longest-first greedy placement: each document, longest first, goes to the partition with
     * the fewest characters so far. The result holds, for each input partition and position, the
     * target partition.
     */
    static int[][] place(List<int[]> sizes, int partitions) {
        List<long[]> documents = new ArrayList<>(); // {length, source partition, position}
        for (int p = 0; p < sizes.size(); p++) {
            for (int k = 0; k < sizes.get(p).length; k++) {
                documents.add(new long[] {sizes.get(p)[k], p, k});
            }
        }
        documents.sort(Comparator.<long[]>comparingLong(d -> -d[0]).thenComparingLong(d -> d[1]).thenComparingLong(d -> d[2]));
        PriorityQueue<long[]> load = new PriorityQueue<>(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
        for (int b = 0; b < partitions; b++) {
            load.add(new long[] {0, b});
        }
        int[][] placement = new int[sizes.size()][];
        for (int p = 0; p < sizes.size(); p++) {
            placement[p] = new int[sizes.get(p).length];
        }
        for (long[] d : documents) {
            long[] lightest = load.poll();
            placement[(int) d[1]][(int) d[2]] = (int) lightest[1];
            lightest[0] += Math.max(1, d[0]);
            load.add(lightest);
        }
        return placement;
    }

    private static Iterator<int[]> lengths(Iterator<Brief> briefs) {
        List<Integer> lengths = new ArrayList<>();
        briefs.forEachRemaining(b -> lengths.add(length(b)));
        return List.of(lengths.stream().mapToInt(Integer::intValue).toArray()).iterator();
    }

    static int length(Brief brief) {
        return brief.sections().stream().mapToInt(s -> s.text().length()).sum();
    }

    /** Keys that name the target partition (high half) and sort longer documents first (low half). */
    private static Iterator<Tuple2<Long, Brief>> keyed(int[] targets, Iterator<Brief> briefs) {
        List<Tuple2<Long, Brief>> keyed = new ArrayList<>();
        for (int k = 0; briefs.hasNext(); k++) {
            Brief brief = briefs.next();
            keyed.add(new Tuple2<>(((long) targets[k] << 32) | (Integer.MAX_VALUE - length(brief)), brief));
        }
        return keyed.iterator();
    }

    /** Sends a key to the partition in its high 32 bits. */
    static final class Exactly extends Partitioner implements Serializable {
        private final int partitions;

        Exactly(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) ((Long) key >>> 32);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Exactly e && e.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
