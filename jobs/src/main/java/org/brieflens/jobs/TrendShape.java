package org.brieflens.jobs;

import java.io.Serializable;
import java.util.List;

/**
 * What a trend table is made of, by column name: its rows are those of a sparse count query
 * (grain, period_start and the columns below), made dense over the periods of each grain.
 *
 * @param table      the trend table
 * @param keys       columns that identify an entity (besides grain)
 * @param attributes columns that describe it: the first non-null value in period order (of first_seen,
 *                   the earliest period's: the entity's first date)
 * @param counts     count columns, zero-filled; the first is the measure shares, changes and ranks use
 * @param perPeriod  other columns of a period's row, null in periods without one
 * @param peers      key columns that, with grain and period, bound a share and a rank (e.g. relation_type)
 */
record TrendShape(String table, List<String> keys, List<String> attributes, List<String> counts,
                  List<String> perPeriod, List<String> peers) implements Serializable {
    static final TrendShape COMPANY = new TrendShape(Tables.COMPANY_TRENDS, List.of("company_id"),
            List.of("company_name", "parent_id", "resolved"),
            List.of("mentions", "documents", "mentions_whats_next", "mentions_title"), List.of(), List.of());
    static final TrendShape PARENT = new TrendShape(Tables.PARENT_TRENDS, List.of("parent_id"), List.of("parent_name"),
            List.of("mentions", "documents", "companies", "mentions_whats_next", "mentions_title"), List.of(), List.of());
    /** Peers are regions of the same type: macro regions overlap, so only country shares sum to 1. */
    static final TrendShape REGION = new TrendShape(Tables.REGION_TRENDS, List.of("region_type", "region_id"),
            List.of("region_name"),
            List.of("mentions", "direct_mentions", "documents", "mentions_whats_next", "mentions_title"), List.of(),
            List.of("region_type"));
    static final TrendShape COMPANY_REGION = new TrendShape(Tables.COMPANY_REGION_TRENDS,
            List.of("company_id", "country_code"), List.of("company_name"), List.of("mentions", "documents"), List.of(),
            List.of());
    static final TrendShape COMPETITOR = new TrendShape(Tables.COMPETITOR_TRENDS,
            List.of("relation_type", "company_a", "company_b"), List.of("company_a_id", "company_b_id", "first_seen"),
            List.of("mentions", "documents"), List.of("evidence_doc_id"), List.of("relation_type"));

    TrendShape {
        if (!keys.containsAll(peers)) {
            throw new IllegalArgumentException("peers " + peers + " are not among the keys " + keys);
        }
    }

    /** The measure: the count that shares, changes and ranks are computed on. */
    String measure() {
        return counts.get(0);
    }
}
