package org.brieflens.jobs;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A trend table's sparse counts: one row per grain, period and group of its entity's columns
 * that has any count, in the columns of the table without its metrics (grain, period_start, the
 * entity's columns, the counts), which is what {@link SparseCounts} reads. What each fact row
 * adds to which group is in {@link TrendCountRules}.
 */
enum SparseTable {
    /** Grouped by resolved too: an unresolved company that shares its name with an id stays apart. */
    COMPANY(TrendShape.COMPANY, List.of("company_id", "resolved"), List.of("company_name", "parent_id")),
    PARENT(TrendShape.PARENT, List.of("parent_id"), List.of("parent_name")),
    REGION(TrendShape.REGION, List.of("region_type", "region_id"), List.of("region_name")),
    COMPANY_REGION(TrendShape.COMPANY_REGION, List.of("company_id", "country_code"), List.of("company_name")),
    COMPETITOR(TrendShape.COMPETITOR, List.of("relation_type", "company_a", "company_b"),
            List.of("company_a_id", "company_b_id"));

    private final TrendShape shape;
    private final List<String> group;
    private final List<String> attributes;
    private final StructType columns;

    /**
     * @param group      the columns a row is counted by (besides grain and period), in {@link CountKey#group()} order
     * @param attributes the columns that describe the group, in {@link PeriodCount#attribute} order
     */
    SparseTable(TrendShape shape, List<String> group, List<String> attributes) {
        this.shape = shape;
        this.group = group;
        this.attributes = attributes;
        StructType table = Tables.schemaOf(shape.table());
        StructType sparse = new StructType();
        for (StructField field : table.fields()) {
            if (!TrendMetrics.NAMES.contains(field.name())) {
                sparse = sparse.add(field);
            }
        }
        this.columns = sparse;
        for (String column : sparse.fieldNames()) {
            if (!Counted.COLUMNS.contains(column) && !group.contains(column) && !attributes.contains(column)) {
                throw new IllegalStateException(shape.table() + " has a column nothing fills: " + column);
            }
        }
    }

    TrendShape shape() {
        return shape;
    }

    List<String> group() {
        return group;
    }

    /** Reads the sparse rows' entity, period and measure. */
    SparseCounts counts() {
        return new SparseCounts(shape, columns);
    }

    /** The columns of the sparse rows. */
    StructType columns() {
        return columns;
    }

    /** The key of a row of this table. */
    CountKey key(String grain, LocalDate period, Object... group) {
        return new CountKey(name(), grain, period, Arrays.asList(group));
    }

    /** The sparse row of a group's counts, in the order and types of {@link #columns()}. */
    Row row(CountKey key, PeriodCount count) {
        String[] names = columns.fieldNames();
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = value(names[i], key, count);
        }
        return RowFactory.create(values);
    }

    private Object value(String column, CountKey key, PeriodCount count) {
        return switch (column) {
            case Tables.GRAIN -> key.grain();
            case "period_start" -> Date.valueOf(key.period());
            case "mentions" -> count.mentions();
            case "direct_mentions" -> count.directMentions();
            case "documents" -> count.documents();
            case "companies" -> count.companies();
            case "mentions_whats_next" -> count.mentionsWhatsNext();
            case "mentions_title" -> count.mentionsTitle();
            case "first_seen" -> Date.valueOf(count.firstSeen());
            case "evidence_doc_id" -> count.evidenceDocId();
            default -> group.contains(column) ? key.group().get(group.indexOf(column))
                    : count.attribute(attributes.indexOf(column));
        };
    }

    /** The columns {@link #value} fills from the key and the counts (held apart: enum constructors see no statics). */
    private static final class Counted {
        static final List<String> COLUMNS = List.of(Tables.GRAIN, "period_start", "mentions", "direct_mentions",
                "documents", "companies", "mentions_whats_next", "mentions_title", "first_seen", "evidence_doc_id");
    }
}
