package org.brieflens.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of the quality gate as Spark SQL over the views {@link QualityGate} registers
 * ({@code q_TABLE} for every table, {@code q_counted_mentions}, {@code q_counted_relations},
 * {@code q_country_codes}, {@code q_grains}). Each rule selects one row per violation, with one
 * column {@code example}: the offending row as a JSON object.
 */
final class QualityRules {
    /** The key of each trend table besides grain and period_start: the keys its shape aggregates by. */
    static final Map<String, List<String>> TREND_KEYS = trendKeys();
    private static final List<String> FACT_TABLES = List.of(Tables.DOCUMENTS, Tables.MENTIONS, Tables.RELATIONS,
            Tables.CO_MENTIONS, Tables.AMOUNTS);
    private static final String COMPANY_FACTS = "entity_type IN ('COMPANY', 'PRODUCT')";

    private QualityRules() {
    }

    /** Every rule by check name, in report order. */
    static Map<String, String> all() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("fact_keys_not_null", factKeysNotNull());
        rules.put("resolved_mentions_have_entity_id", """
                SELECT %s AS example FROM q_mentions WHERE resolved AND entity_id IS NULL"""
                .formatted(json("doc_id", "batch", "surface", "entity_type")));
        TREND_KEYS.forEach((table, keys) -> rules.put(table + "_keys", trendKeysUniqueAndNotNull(table, keys)));
        rules.put("company_trends_reconcile", reconcile(Tables.COMPANY_TRENDS, "mentions", "TRUE",
                "q_counted_mentions", COMPANY_FACTS));
        rules.put("parent_trends_reconcile", reconcile(Tables.PARENT_TRENDS, "mentions", "TRUE",
                "q_counted_mentions", COMPANY_FACTS));
        rules.put("region_trends_reconcile", reconcile(Tables.REGION_TRENDS, "mentions", "region_type = 'country'",
                "q_counted_mentions", "entity_type = 'REGION' AND country_code IS NOT NULL")
                + "\nUNION ALL\n" + reconcile(Tables.REGION_TRENDS, "direct_mentions", "region_type = 'macro_region'",
                "q_counted_mentions", "entity_type = 'REGION' AND resolved AND country_code IS NULL"));
        rules.put("competitor_trends_reconcile", reconcile(Tables.COMPETITOR_TRENDS, "mentions", "TRUE",
                "q_counted_relations", "TRUE"));
        rules.put("country_codes_valid", countryCodesValid());
        rules.put("relation_companies_mentioned", relationCompaniesMentioned());
        return rules;
    }

    private static String factKeysNotNull() {
        Stream<String> facts = FACT_TABLES.stream().map(table -> "SELECT %s AS example FROM q_%s WHERE doc_id IS NULL OR batch IS NULL"
                .formatted(json("'" + table + "' AS table", "doc_id", "batch"), table));
        String rejected = "SELECT %s AS example FROM q_rejected WHERE source IS NULL OR reason IS NULL OR batch IS NULL"
                .formatted(json("'rejected' AS table", "source", "reason", "batch"));
        return Stream.concat(facts, Stream.of(rejected)).collect(Collectors.joining("\nUNION ALL\n"));
    }

    /** Rows sharing grain, period and key, or with any of them null. */
    private static String trendKeysUniqueAndNotNull(String table, List<String> keys) {
        String columns = String.join(", ", keys);
        String anyNull = keys.stream().map(k -> k + " IS NULL").collect(Collectors.joining(" OR "));
        List<String> fields = new java.util.ArrayList<>(List.of("grain", "period_start"));
        fields.addAll(keys);
        fields.add("count(*) AS rows");
        return """
                SELECT %s AS example FROM q_%s GROUP BY grain, period_start, %s
                HAVING count(*) > 1 OR grain IS NULL OR period_start IS NULL OR %s"""
                .formatted(json(fields.toArray(String[]::new)), table, columns, anyNull);
    }

    /**
     * Grains whose sum of a trend count (over the rows matching a filter) differs from the number
     * of counted fact rows it aggregates: each counted row falls in exactly one period per grain.
     */
    private static String reconcile(String table, String count, String trendFilter, String facts, String factFilter) {
        return """
                SELECT %s AS example
                FROM q_grains g CROSS JOIN (SELECT count(*) AS n FROM %s WHERE %s) f
                LEFT JOIN (SELECT grain, sum(%s) AS n FROM q_%s WHERE %s GROUP BY grain) t ON t.grain = g.grain
                WHERE coalesce(t.n, 0) <> f.n"""
                .formatted(json("'" + table + "." + count + "' AS sum_of", "g.grain AS grain",
                        "coalesce(t.n, 0) AS trend_sum", "f.n AS fact_rows"), facts, factFilter, count, table, trendFilter);
    }

    private static String countryCodesValid() {
        String invalid = "NOT IN (SELECT code FROM q_country_codes)";
        return String.join("\nUNION ALL\n",
                "SELECT %s AS example FROM q_mentions WHERE country_code IS NOT NULL AND country_code %s"
                        .formatted(json("'mentions' AS table", "country_code", "doc_id", "batch"), invalid),
                "SELECT %s AS example FROM q_region_trends WHERE region_type = 'country' AND region_id %s"
                        .formatted(json("'region_trends' AS table", "region_id AS country_code", "grain", "period_start"), invalid),
                "SELECT %s AS example FROM q_company_region_trends WHERE country_code %s"
                        .formatted(json("'company_region_trends' AS table", "country_code", "grain", "period_start"), invalid));
    }

    /** Each side of a relation must be a company or product mention of the same document, by id, else by name. */
    private static String relationCompaniesMentioned() {
        return """
                WITH sides AS (
                  SELECT doc_id, batch, company_a AS company, company_a_id AS company_id FROM q_relations
                  UNION ALL
                  SELECT doc_id, batch, company_b, company_b_id FROM q_relations),
                named AS (
                  SELECT DISTINCT doc_id, batch, coalesce(entity_id, entity_name) AS company_key FROM q_mentions WHERE %s)
                SELECT %s AS example FROM sides s LEFT ANTI JOIN named n
                  ON n.doc_id = s.doc_id AND n.batch = s.batch AND n.company_key = coalesce(s.company_id, s.company)"""
                .formatted(COMPANY_FACTS, json("s.doc_id AS doc_id", "s.batch AS batch", "s.company AS company",
                        "s.company_id AS company_id"));
    }

    /**
     * A JSON object of the given columns, nulls kept: each item is a column, or an expression
     * with {@code AS name}.
     */
    private static String json(String... columns) {
        String fields = java.util.Arrays.stream(columns).map(c -> {
            String[] parts = c.split(" AS ");
            String name = parts.length == 2 ? parts[1] : c.replaceFirst(".*\\.", "").replaceFirst("\\(.*", "");
            return "'" + name + "', " + parts[0];
        }).collect(Collectors.joining(", "));
        return "to_json(named_struct(" + fields + "), map('ignoreNullFields', 'false'))";
    }

    private static Map<String, List<String>> trendKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (TrendShape shape : List.of(TrendShape.COMPANY, TrendShape.PARENT, TrendShape.REGION,
                TrendShape.COMPANY_REGION, TrendShape.COMPETITOR)) {
            keys.put(shape.table(), shape.keys());
        }
        keys.put(Tables.TRENDING, List.of("entity_type", "entity_id"));
        return keys;
    }
}
