package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.brieflens.resolve.Company;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Steps "aggregate" and "writeTrends": the trend tables, recomputed from the fact tables of every
 * batch in the output folder after each run (aggregation is cheap next to annotation). Only
 * dated documents count, and of documents with the same content only the first copy in
 * (batch, doc_id) order. All are written to staging folders and swapped in when all are complete.
 */
final class TrendTables {
    private static final List<String> METRICS = List.of("share_of_voice", "change", "change_pct", "rolling_mean_4",
            "z_score_8", "rank", "rank_change");
    private static final List<String> COUNTS = List.of("mentions", "documents", "mentions_whats_next", "mentions_title");

    private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrendTables.class);

    private TrendTables() {
    }

    static void write(SparkSession spark, OutputLayout out) {
        String wholeStage = spark.conf().get(WHOLE_STAGE_CODEGEN);
        // Dozens of small queries over aggregates: compiling every stage costs more than it saves here.
        spark.conf().set(WHOLE_STAGE_CODEGEN, "false");
        try {
            writeAll(spark, out);
        } finally {
            spark.conf().set(WHOLE_STAGE_CODEGEN, wholeStage);
        }
    }

    private static void writeAll(SparkSession spark, OutputLayout out) {
        long start = System.nanoTime();
        registerViews(spark, out);
        Dataset<Row> periods = spark.sql(PERIODS).cache();
        LOG.info("trend inputs ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        write(spark, out, Tables.COMPANY_TRENDS, new TrendMetrics(List.of("company_id"),
                List.of("company_name", "parent_id", "resolved"), COUNTS, List.of(), List.of())
                .densify(spark.sql(TrendQueries.COMPANY_COUNTS), periods));
        write(spark, out, Tables.PARENT_TRENDS, new TrendMetrics(List.of("parent_id"), List.of("parent_name"),
                List.of("mentions", "documents", "companies", "mentions_whats_next", "mentions_title"), List.of(), List.of())
                .densify(spark.sql(TrendQueries.PARENT_COUNTS), periods));
        write(spark, out, Tables.REGION_TRENDS, new TrendMetrics(List.of("region_type", "region_id"), List.of("region_name"),
                List.of("mentions", "direct_mentions", "documents", "mentions_whats_next", "mentions_title"), List.of(),
                List.of("region_type")).densify(spark.sql(TrendQueries.REGION_COUNTS), periods));
        write(spark, out, Tables.COMPANY_REGION_TRENDS, new TrendMetrics(List.of("company_id", "country_code"),
                List.of("company_name"), List.of("mentions", "documents"), List.of(), List.of())
                .densify(spark.sql(TrendQueries.COMPANY_REGION_COUNTS), periods));
        Dataset<Row> competitors = new TrendMetrics(List.of("relation_type", "company_a", "company_b"),
                List.of("company_a_id", "company_b_id"), List.of("mentions", "documents"), List.of("evidence_doc_id"),
                List.of("relation_type")).densify(spark.sql(TrendQueries.RELATION_COUNTS), periods)
                .join(spark.sql(TrendQueries.RELATION_FIRST_SEEN), seq("relation_type", "company_a", "company_b"));
        write(spark, out, Tables.COMPETITOR_TRENDS, competitors);
        write(spark, out, Tables.TRENDING, Trending.of(spark, out));
        spark.catalog().clearCache();
        // Swapped in only once every trend table is complete: a failure above leaves the old ones.
        for (String table : List.of(Tables.COMPANY_TRENDS, Tables.PARENT_TRENDS, Tables.REGION_TRENDS,
                Tables.COMPANY_REGION_TRENDS, Tables.COMPETITOR_TRENDS, Tables.TRENDING)) {
            out.swapIn(table, out.stagingFolder(table));
        }
    }

    /** Periods of each grain from the first to the last counted document, gaps included. */
    private static final String PERIODS = """
            WITH bounds AS (SELECT min(published_date) AS first, max(published_date) AS last FROM counted_dates)
            SELECT 'day' AS grain, explode(sequence(first, last, interval 1 day)) AS period_start FROM bounds
            WHERE first IS NOT NULL
            UNION ALL
            SELECT 'week', explode(sequence(trunc(first, 'week'), trunc(last, 'week'), interval 1 week)) FROM bounds
            WHERE first IS NOT NULL
            UNION ALL
            SELECT 'month', explode(sequence(trunc(first, 'month'), trunc(last, 'month'), interval 1 month)) FROM bounds
            WHERE first IS NOT NULL""";

    /** First copies of dated documents: the documents the trend tables count. */
    private static final String COUNTED_DOCUMENTS = """
            SELECT doc_id, batch, published_date FROM (
              SELECT doc_id, batch, published_date,
                     row_number() OVER (PARTITION BY content_hash ORDER BY batch, doc_id) AS copy
              FROM facts_documents)
            WHERE copy = 1 AND published_date IS NOT NULL""";

    private static void registerViews(SparkSession spark, OutputLayout out) {
        for (String table : List.of(Tables.DOCUMENTS, Tables.MENTIONS, Tables.RELATIONS)) {
            StructType schema = Tables.schemaOf(table);
            Dataset<Row> facts = out.exists(table)
                    ? spark.read().schema(schema).parquet(out.table(table))
                    : spark.createDataFrame(List.of(), schema);
            facts.createOrReplaceTempView("facts_" + table);
        }
        // Cached: every trend table reads them, and they are small next to the fact tables.
        spark.sql(COUNTED_DOCUMENTS).cache().createOrReplaceTempView("counted_documents");
        spark.sql("SELECT published_date FROM counted_documents").createOrReplaceTempView("counted_dates");
        spark.sql(TrendQueries.WITH_PERIODS.formatted("facts_mentions")).cache().createOrReplaceTempView("counted_mentions");
        spark.sql(TrendQueries.WITH_PERIODS.formatted("facts_relations")).cache().createOrReplaceTempView("counted_relations");
        companyRoots(spark).createOrReplaceTempView("company_roots");
        macroMembers(spark).createOrReplaceTempView("macro_members");
    }

    /** Each gazetteer company with its top-level parent (itself when it has none). */
    private static Dataset<Row> companyRoots(SparkSession spark) {
        CompanyGazetteer gazetteer = CompanyGazetteer.packaged();
        List<Row> rows = new ArrayList<>();
        for (Company company : gazetteer.companies()) {
            Company root = company;
            for (int depth = 0; root.parentId() != null && gazetteer.company(root.parentId()) != null && depth < 10; depth++) {
                root = gazetteer.company(root.parentId());
            }
            rows.add(RowFactory.create(company.id(), root.id(), root.name()));
        }
        return spark.createDataFrame(rows, new StructType().add("company_id", DataTypes.StringType)
                .add("root_id", DataTypes.StringType).add("root_name", DataTypes.StringType));
    }

    /** Member countries of each macro region; the global region's "*" expands to every country. */
    private static Dataset<Row> macroMembers(SparkSession spark) {
        RegionGazetteer regions = RegionGazetteer.packaged();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> region : regions.macroRegionNames().entrySet()) {
            List<String> members = regions.members(region.getKey());
            List<String> codes = members.contains("*") ? regions.countryCodes() : members;
            codes.forEach(code -> rows.add(RowFactory.create(region.getKey(), region.getValue(), code)));
        }
        return spark.createDataFrame(rows, new StructType().add("macro_id", DataTypes.StringType)
                .add("macro_name", DataTypes.StringType).add("country_code", DataTypes.StringType));
    }

    private static void write(SparkSession spark, OutputLayout out, String table, Dataset<Row> trend) {
        long start = System.nanoTime();
        StructType schema = Tables.schemaOf(table);
        Dataset<Row> shaped = trend.selectExpr(castsTo(schema));
        shaped.createOrReplaceTempView(table);
        String staging = out.stagingFolder(table);
        ParquetWriting.write(shaped.coalesce(1).sortWithinPartitions(schema.fieldNames()[0],
                java.util.Arrays.copyOfRange(schema.fieldNames(), 1, 3)), staging);
        LOG.info("wrote {} in {} ms", table, (System.nanoTime() - start) / 1_000_000);
    }

    /** Select expressions that give each column of the schema its declared type. */
    private static String[] castsTo(StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .map(f -> "CAST(" + f.name() + " AS " + f.dataType().sql() + ") AS " + f.name())
                .toArray(String[]::new);
    }

    private static scala.collection.immutable.Seq<String> seq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
    }
}
