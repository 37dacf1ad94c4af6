package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link TrendShape} bound to the columns of its sparse count query: reads a sparse row's
 * entity, period and counts by position.
 */
final class SparseCounts implements Serializable {
    private final TrendShape shape;
    private final StructType columns;
    private final int grain;
    private final int period;
    private final int[] keys;
    private final int[] peers;
    private final int measure;

    SparseCounts(TrendShape shape, StructType columns) {
        this.shape = shape;
        this.columns = columns;
        this.grain = columns.fieldIndex(Tables.GRAIN);
        this.period = columns.fieldIndex("period_start");
        this.keys = shape.keys().stream().mapToInt(columns::fieldIndex).toArray();
        // Positions in the entity (grain first, then the keys), where a period's peers are found.
        this.peers = shape.peers().stream().mapToInt(p -> 1 + shape.keys().indexOf(p)).toArray();
        this.measure = columns.fieldIndex(shape.measure());
    }

    TrendShape shape() {
        return shape;
    }

    StructType columns() {
        return columns;
    }

    /** The entity a row counts: its grain, then its key values. */
    List<Object> entity(Row row) {
        Object[] entity = new Object[1 + keys.length];
        entity[0] = row.get(grain);
        for (int i = 0; i < keys.length; i++) {
            entity[1 + i] = row.get(keys[i]);
        }
        return Arrays.asList(entity);
    }

    /** The group of peers an entity competes with in a period: grain, period start and the peer key values. */
    List<Object> peerGroup(List<Object> entity, LocalDate period) {
        List<Object> group = new ArrayList<>(2 + peers.length);
        group.add(entity.get(0));
        group.add(period);
        for (int peer : peers) {
            group.add(entity.get(peer));
        }
        return group;
    }

    String grain(Row row) {
        return row.getString(grain);
    }

    /** Never null: fact rows carry their document's date, and only dated documents count. */
    LocalDate period(Row row) {
        return date(row.get(period));
    }

    long measure(Row row) {
        return ((Number) row.get(measure)).longValue();
    }

    /** A row's value of a column by name. */
    Object value(Row row, String column) {
        return row.get(columns.fieldIndex(column));
    }

    /** Spark hands dates out as java.sql.Date, or as LocalDate when its Java 8 time API is on. */
    static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((java.sql.Date) value).toLocalDate();
    }
}
