package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * One entity's rows of a trend table, made from its sparse rows: a row for every period of its
 * grain (counts zero-filled, per-period columns null where it has no sparse row), with the
 * {@link TrendMetrics}, in the columns and types of the table's schema.
 */
final class DenseTrend implements Serializable {
    private enum Source { PERIOD, ENTITY, COUNT, PER_PERIOD, METRIC }

    private final SparseCounts counts;
    private final TrendPeriods periods;
    private final Source[] sources;
    /** Per output column: its position in the sparse row, or in the metrics for a metric. */
    private final int[] positions;

    DenseTrend(SparseCounts counts, StructType table, TrendPeriods periods) {
        this.counts = counts;
        this.periods = periods;
        TrendShape shape = counts.shape();
        String[] names = table.fieldNames();
        this.sources = new Source[names.length];
        this.positions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            sources[i] = name.equals("period_start") ? Source.PERIOD
                    : TrendMetrics.NAMES.contains(name) ? Source.METRIC
                    : shape.counts().contains(name) ? Source.COUNT
                    : shape.perPeriod().contains(name) ? Source.PER_PERIOD
                    : Source.ENTITY; // grain, keys and attributes
            positions[i] = sources[i] == Source.METRIC ? TrendMetrics.NAMES.indexOf(name)
                    : sources[i] == Source.PERIOD ? -1 : counts.columns().fieldIndex(name);
        }
    }

    /** The dense rows of the entity whose sparse rows (any order) are given, oldest period first. */
    List<Row> rows(List<Row> sparse, PeriodStats stats) {
        List<Row> sorted = new ArrayList<>(sparse);
        sorted.sort(Comparator.comparing(counts::period));
        List<Object> entity = counts.entity(sorted.get(0));
        List<Slot> slots = slots(sorted, periods.of((String) entity.get(0)));
        long[] measures = new long[slots.size()];
        long[] totals = new long[slots.size()];
        Integer[] ranks = new Integer[slots.size()];
        for (int i = 0; i < measures.length; i++) {
            Slot slot = slots.get(i);
            measures[i] = slot.sparse() == null ? 0 : counts.measure(slot.sparse());
            List<Object> peers = counts.peerGroup(entity, slot.period());
            totals[i] = stats.total(peers);
            ranks[i] = stats.rank(peers, measures[i]);
        }
        List<TrendMetrics.Period> metrics = TrendMetrics.of(measures, totals, ranks);
        Object[] described = firstNonNull(sorted);
        List<Row> dense = new ArrayList<>(slots.size());
        for (int i = 0; i < measures.length; i++) {
            dense.add(row(slots.get(i), described, metrics.get(i).values()));
        }
        return dense;
    }

    /** A dense row to be: its period, and its sparse row or null. */
    private record Slot(LocalDate period, Row sparse) {
    }

    /**
     * One slot per period, holding the sparse row of that period or null. Normally an entity has
     * one sparse row per period; should it have two, each gets its slot.
     */
    private List<Slot> slots(List<Row> sorted, List<LocalDate> grainPeriods) {
        List<Slot> slots = new ArrayList<>();
        int next = 0;
        for (LocalDate period : grainPeriods) {
            while (next < sorted.size() && counts.period(sorted.get(next)).isBefore(period)) {
                next++; // outside the periods: no dense row to land in
            }
            int first = next;
            while (next < sorted.size() && counts.period(sorted.get(next)).equals(period)) {
                slots.add(new Slot(period, sorted.get(next++)));
            }
            if (next == first) {
                slots.add(new Slot(period, null));
            }
        }
        return slots;
    }

    private Row row(Slot slot, Object[] described, Object[] metrics) {
        Row sparse = slot.sparse();
        Object[] values = new Object[sources.length];
        for (int i = 0; i < values.length; i++) {
            int at = positions[i];
            values[i] = switch (sources[i]) {
                case PERIOD -> java.sql.Date.valueOf(slot.period());
                case ENTITY -> described[i];
                case COUNT -> sparse == null ? 0L : ((Number) sparse.get(at)).longValue();
                case PER_PERIOD -> sparse == null ? null : sparse.get(at);
                case METRIC -> metrics[at];
            };
        }
        return RowFactory.create(values);
    }

    /** Per output column of the entity, its first non-null value in period order (attributes may vary). */
    private Object[] firstNonNull(List<Row> sorted) {
        Object[] described = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == Source.ENTITY) {
                for (Row row : sorted) {
                    if (!row.isNullAt(positions[i])) {
                        described[i] = row.get(positions[i]);
                        break;
                    }
                }
            }
        }
        return described;
    }
}
