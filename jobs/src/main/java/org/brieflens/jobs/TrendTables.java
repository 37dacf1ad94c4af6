package org.brieflens.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Steps "aggregate" and "writeTrends": trend tables recomputed from the fact tables of every
 * batch in the output folder, for the grains day, week (ISO, Monday start) and month. Undated
 * documents are left out. Aggregation is cheap next to annotation, so it is always recomputed
 * rather than updated.
 */
final class TrendTables {
    /** Mentions and relations with one row per grain and the period each falls in. */
    private static final String PERIODS = """
            SELECT *, CASE grain WHEN 'day' THEN published_date ELSE trunc(published_date, grain) END AS period_start
            FROM %s LATERAL VIEW explode(array('day', 'week', 'month')) g AS grain
            WHERE published_date IS NOT NULL""";

    private static final String COMPANY_TRENDS = """
            WITH m AS (%s)
            SELECT grain, period_start, coalesce(entity_id, entity_name) AS company_id, entity_name AS company_name,
                   first(parent_id) AS parent_id, entity_id IS NOT NULL AS resolved,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   count(*) / sum(count(*)) OVER (PARTITION BY grain, period_start) AS share_of_voice
            FROM m WHERE entity_type IN ('COMPANY', 'PRODUCT')
            GROUP BY grain, period_start, entity_id, entity_name""";

    private static final String REGION_TRENDS = """
            WITH m AS (%s)
            SELECT grain, period_start, CASE WHEN country_code IS NULL THEN 'macro_region' ELSE 'country' END AS region_type,
                   entity_id AS region_id, first(entity_name) AS region_name, country_code, first(macro_region) AS macro_region,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   count(*) / sum(count(*)) OVER (PARTITION BY grain, period_start) AS share_of_voice
            FROM m WHERE entity_type = 'REGION' AND entity_id IS NOT NULL
            GROUP BY grain, period_start, entity_id, country_code""";

    private static final String COMPETITOR_TRENDS = """
            WITH r AS (%s)
            SELECT grain, period_start, relation_type, company_a, company_b, company_a_id, company_b_id,
                   count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                   count(*) / sum(count(*)) OVER (PARTITION BY grain, period_start, relation_type) AS share_of_voice
            FROM r
            GROUP BY grain, period_start, relation_type, company_a, company_b, company_a_id, company_b_id""";

    private TrendTables() {
    }

    static void write(SparkSession spark, OutputLayout out) {
        registerFacts(spark, out);
        writeTrend(spark, COMPANY_TRENDS, Tables.MENTIONS, Tables.COMPANY_TRENDS, Tables.COMPANY_TRENDS_SCHEMA, out);
        writeTrend(spark, REGION_TRENDS, Tables.MENTIONS, Tables.REGION_TRENDS, Tables.REGION_TRENDS_SCHEMA, out);
        writeTrend(spark, COMPETITOR_TRENDS, Tables.RELATIONS, Tables.COMPETITOR_TRENDS, Tables.COMPETITOR_TRENDS_SCHEMA, out);
    }

    /** Registers every batch of the fact tables as views; a table never written reads as empty. */
    private static void registerFacts(SparkSession spark, OutputLayout out) {
        for (String table : new String[] {Tables.MENTIONS, Tables.RELATIONS}) {
            StructType schema = Tables.schemaOf(table);
            Dataset<Row> facts = out.exists(table)
                    ? spark.read().schema(schema).parquet(out.table(table))
                    : spark.createDataFrame(java.util.List.of(), schema);
            facts.createOrReplaceTempView("facts_" + table);
        }
    }

    private static void writeTrend(SparkSession spark, String query, String facts, String table, StructType schema,
                                   OutputLayout out) {
        Dataset<Row> trend = spark.sql(query.formatted(PERIODS.formatted("facts_" + facts)));
        spark.createDataFrame(trend.javaRDD(), schema)
                .repartition(1) // small tables: one file each, and an empty table still gets its schema
                .sortWithinPartitions(Tables.GRAIN, "period_start", schema.fieldNames()[2])
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(out.table(table));
    }
}
