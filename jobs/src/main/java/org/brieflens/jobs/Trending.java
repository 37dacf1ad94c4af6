package org.brieflens.jobs;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * The {@code trending} table: for the latest period of each grain, the companies, parents,
 * countries and macro regions rising fastest. The short window is the latest
 * {@value #SHORT_PERIODS} periods, the long window the {@value #LONG_PERIODS} before them.
 *
 * <p>With S the mentions in the short window (k periods) and r the mean mentions per period in
 * the long window, the score is {@code (S - k*r) / sqrt(k*r + 1)}: how many standard deviations S
 * lies above what the long-run rate predicts, if mentions were Poisson; the +1 keeps entities
 * new to the corpus from dividing by zero and damps single-digit noise. Only entities with at
 * least {@value #MIN_SHORT_MENTIONS} short-window mentions qualify, so one mention is not a
 * trend; the top {@value #TOP} per grain and entity type are kept, ranked by score, then id.
 */
final class Trending {
    static final int SHORT_PERIODS = 2;
    static final int LONG_PERIODS = 12;
    static final int MIN_SHORT_MENTIONS = 3;
    static final int TOP = 25;

    private Trending() {
    }

    /**
     * Which entities of a trend table compete, under which entity type.
     *
     * @param type       the entity type, or null to take it from {@code typeColumn}
     * @param typeColumn the key column whose value is the entity type (region_type: country, macro_region)
     */
    record Contenders(SparseCounts counts, String type, String typeColumn, String idColumn, String nameColumn)
            implements Serializable {
        Contenders {
            if (!counts.shape().measure().equals("mentions")) {
                throw new IllegalArgumentException("trending counts mentions, not " + counts.shape().measure());
            }
        }
    }

    /** One entity's windows in the latest period of its grain. */
    record Candidate(String grain, LocalDate periodStart, String entityType, String entityId, String entityName,
                     long shortMentions, long longMentions, int shortPeriods, int longPeriods) implements Serializable {
        double shortRate() {
            return (double) shortMentions / shortPeriods;
        }

        double longRate() {
            return longPeriods > 0 ? (double) longMentions / longPeriods : 0.0;
        }

        double score() {
            return (shortMentions - shortPeriods * longRate()) / Math.sqrt(shortPeriods * longRate() + 1);
        }

        Row row(int rank) {
            return RowFactory.create(grain, java.sql.Date.valueOf(periodStart), entityType, entityId, entityName,
                    shortMentions, longMentions, shortPeriods, longPeriods, shortRate(), longRate(), score(), rank);
        }
    }

    /** Score descending, then entity id ascending by its UTF-8 bytes, as Spark SQL orders strings. */
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.entityId().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    /**
     * The trending rows of the entities (grouped sparse rows per trend table), ranked per grain
     * and entity type. Only the top of each leaves the executors.
     */
    static List<Row> of(List<Tuple2<Contenders, JavaPairRDD<List<Object>, Iterable<Row>>>> tables, TrendPeriods periods) {
        JavaRDD<Candidate> candidates = null;
        for (Tuple2<Contenders, JavaPairRDD<List<Object>, Iterable<Row>>> table : tables) {
            JavaRDD<Candidate> some = table._2().flatMap(new Windows(table._1(), periods));
            candidates = candidates == null ? some : candidates.union(some);
        }
        List<Row> rows = new ArrayList<>();
        if (candidates == null) {
            return rows;
        }
        List<List<Candidate>> tops = candidates
                .mapToPair(c -> new Tuple2<>(List.of(c.grain(), c.entityType()), List.of(c)))
                .reduceByKey(Trending::top)
                .values().collect();
        for (List<Candidate> top : tops) {
            for (int i = 0; i < top.size(); i++) {
                rows.add(top.get(i).row(i + 1));
            }
        }
        return rows;
    }

    /** The first {@value #TOP} of two ranked lists. */
    static List<Candidate> top(List<Candidate> a, List<Candidate> b) {
        List<Candidate> both = new ArrayList<>(a);
        both.addAll(b);
        both.sort(RANKING);
        return List.copyOf(both.subList(0, Math.min(TOP, both.size())));
    }

    /** Per entity with its sparse rows: its candidate, if it has enough mentions in the short window. */
    static final class Windows implements FlatMapFunction<Tuple2<List<Object>, Iterable<Row>>, Candidate> {
        private final Contenders contenders;
        private final TrendPeriods periods;

        Windows(Contenders contenders, TrendPeriods periods) {
            this.contenders = contenders;
            this.periods = periods;
        }

        @Override
        public Iterator<Candidate> call(Tuple2<List<Object>, Iterable<Row>> entity) {
            SparseCounts counts = contenders.counts();
            List<Row> rows = new ArrayList<>();
            entity._2().forEach(rows::add);
            rows.sort(Comparator.comparing(counts::period));
            Row first = rows.get(0);
            List<LocalDate> starts = periods.of(counts.grain(first));
            // The latest period has age 0; the short window is ages below SHORT_PERIODS, the long one the next LONG_PERIODS.
            LocalDate shortFrom = starts.get(Math.max(0, starts.size() - SHORT_PERIODS));
            LocalDate longFrom = starts.get(Math.max(0, starts.size() - SHORT_PERIODS - LONG_PERIODS));
            long shortMentions = 0;
            long longMentions = 0;
            for (Row row : rows) {
                LocalDate period = counts.period(row);
                if (!period.isBefore(shortFrom)) {
                    shortMentions += counts.measure(row);
                } else if (!period.isBefore(longFrom)) {
                    longMentions += counts.measure(row);
                }
            }
            if (shortMentions < MIN_SHORT_MENTIONS) {
                return List.<Candidate>of().iterator();
            }
            int shortPeriods = Math.min(starts.size(), SHORT_PERIODS);
            int longPeriods = Math.min(starts.size(), SHORT_PERIODS + LONG_PERIODS) - shortPeriods;
            String type = contenders.type() != null ? contenders.type() : (String) counts.value(first, contenders.typeColumn());
            return List.of(new Candidate(counts.grain(first), starts.get(starts.size() - 1), type,
                    (String) counts.value(first, contenders.idColumn()), firstName(rows), shortMentions, longMentions,
                    shortPeriods, longPeriods)).iterator();
        }

        private String firstName(List<Row> rows) {
            for (Row row : rows) {
                Object name = contenders.counts().value(row, contenders.nameColumn());
                if (name != null) {
                    return (String) name;
                }
            }
            return null;
        }
    }
}
