package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.brieflens.resolve.Company;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;
import scala.Tuple2;

/**
 * Steps "aggregate" and "writeTrends": the trend tables, recomputed from the fact tables of every
 * batch in the output folder after each run (aggregation is cheap next to annotation). Only
 * dated documents count, and of documents with the same content only the first copy in
 * (batch, doc_id) order. All are written to staging folders and swapped in when all are complete.
 *
 * <p>Per table, Spark SQL computes the sparse counts ({@link TrendQueries}); the statistics of
 * each period's peers are collected and broadcast ({@link PeriodStats}); the rows are grouped by
 * entity and each entity's series is made dense, with its metrics, in plain Java
 * ({@link DenseTrend}). A few Spark jobs per table instead of window functions, whose sorts and
 * generated code cost far more than the arithmetic on data this size.
 */
final class TrendTables {
    private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrendTables.class);

    private TrendTables() {
    }

    static void write(SparkSession spark, OutputLayout out) {
        String wholeStage = spark.conf().get(WHOLE_STAGE_CODEGEN);
        // A handful of small queries over aggregates: compiling every stage costs more than it saves here.
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
        TrendPeriods periods = periods(spark);
        // Filled once here, not by each of the queries that run at once below.
        spark.table("counted_mentions").count();
        spark.table("counted_relations").count();
        LOG.info("trend inputs ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        // The tables are independent and most of their stages have one task: run at once, they keep every core busy.
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<Entities> companies = pool.submit(() -> write(spark, out, periods, TrendShape.COMPANY,
                    TrendQueries.COMPANY_COUNTS));
            Future<Entities> parents = pool.submit(() -> write(spark, out, periods, TrendShape.PARENT,
                    TrendQueries.PARENT_COUNTS));
            Future<Entities> regions = pool.submit(() -> write(spark, out, periods, TrendShape.REGION,
                    TrendQueries.REGION_COUNTS));
            Future<Entities> pairs = pool.submit(() -> write(spark, out, periods, TrendShape.COMPANY_REGION,
                    TrendQueries.COMPANY_REGION_COUNTS));
            Future<Entities> competitors = pool.submit(() -> write(spark, out, periods, TrendShape.COMPETITOR,
                    TrendQueries.RELATION_COUNTS));
            writeTrending(spark, out, periods, done(companies), done(parents), done(regions));
            done(pairs);
            done(competitors);
        } finally {
            pool.shutdownNow();
        }
        spark.catalog().clearCache();
        // Swapped in only once every trend table is complete: a failure above leaves the old ones.
        for (String table : List.of(Tables.COMPANY_TRENDS, Tables.PARENT_TRENDS, Tables.REGION_TRENDS,
                Tables.COMPANY_REGION_TRENDS, Tables.COMPETITOR_TRENDS, Tables.TRENDING)) {
            out.swapIn(table, out.stagingFolder(table));
        }
    }

    private static void writeTrending(SparkSession spark, OutputLayout out, TrendPeriods periods, Entities companies,
                                      Entities parents, Entities regions) {
        long start = System.nanoTime();
        List<Row> rising = Trending.of(List.of(
                companies.contending("company", null, "company_id", "company_name"),
                parents.contending("parent", null, "parent_id", "parent_name"),
                regions.contending(null, "region_type", "region_id", "region_name")), periods);
        write(out, Tables.TRENDING, spark.createDataFrame(rising, Tables.TRENDING_SCHEMA));
        LOG.info("wrote {} in {} ms", Tables.TRENDING, (System.nanoTime() - start) / 1_000_000);
    }

    /** The result of a table's writing, or its failure rethrown. */
    private static <T> T done(Future<T> table) {
        try {
            return table.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the trend tables", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A trend table's sparse rows grouped by entity, kept for the trending pass. */
    private record Entities(SparseCounts counts, JavaPairRDD<List<Object>, Iterable<Row>> rows) {
        Tuple2<Trending.Contenders, JavaPairRDD<List<Object>, Iterable<Row>>> contending(
                String type, String typeColumn, String idColumn, String nameColumn) {
            return new Tuple2<>(new Trending.Contenders(counts, type, typeColumn, idColumn, nameColumn), rows);
        }
    }

    /** Writes the dense trend table of a sparse count query to its staging folder. */
    private static Entities write(SparkSession spark, OutputLayout out, TrendPeriods periods, TrendShape shape,
                                  String query) {
        long start = System.nanoTime();
        Dataset<Row> sparseCounts = spark.sql(query);
        SparseCounts counts = new SparseCounts(shape, sparseCounts.schema());
        // Read twice: for the peers' statistics, then grouped by entity. Serialized, as sizing rows
        // for the memory store object by object costs more than serializing them.
        JavaRDD<Row> sparse = sparseCounts.javaRDD().persist(StorageLevel.MEMORY_AND_DISK_SER());
        Broadcast<PeriodStats> stats = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(PeriodStats.of(sparse, counts));
        // As many partitions as adaptive execution gave the counts; the trending pass reuses this shuffle.
        JavaPairRDD<List<Object>, Iterable<Row>> entities = sparse.groupBy(counts::entity,
                Math.max(1, sparse.getNumPartitions()));
        StructType schema = Tables.schemaOf(shape.table());
        write(out, shape.table(), spark.createDataFrame(
                entities.flatMap(new DensifyEntities(new DenseTrend(counts, schema, periods), stats)), schema));
        stats.destroy();
        sparse.unpersist(false);
        LOG.info("wrote {} in {} ms", shape.table(), (System.nanoTime() - start) / 1_000_000);
        return new Entities(counts, entities);
    }

    /** One file sorted by grain, period and the first entity column, in the table's staging folder. */
    private static void write(OutputLayout out, String table, Dataset<Row> rows) {
        String[] columns = rows.schema().fieldNames();
        ParquetWriting.write(rows.coalesce(1).sortWithinPartitions(columns[0], Arrays.copyOfRange(columns, 1, 3)),
                out.stagingFolder(table));
    }

    /** The periods of each grain from the first to the last counted document. */
    private static TrendPeriods periods(SparkSession spark) {
        Row bounds = spark.sql("SELECT min(published_date), max(published_date) FROM counted_documents").first();
        return bounds.isNullAt(0) ? TrendPeriods.none()
                : TrendPeriods.between(SparseCounts.date(bounds.get(0)), SparseCounts.date(bounds.get(1)));
    }

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
}
