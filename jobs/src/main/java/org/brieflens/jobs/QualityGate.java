package org.brieflens.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Step "check": the job reads back the tables it wrote and checks them against the rules of
 * {@link QualityRules}: keys present, trend keys unique, trend sums reconciling with the fact
 * tables, country codes valid, relations between companies that their document mentions. Each
 * rule is a query of its own, and they run at once; the report lists every rule with its
 * violations and a few examples.
 */
final class QualityGate {
    static final int EXAMPLES = 3;

    /**
     * Trend tables count only dated documents and, of documents with the same content, the first
     * copy in (batch, doc_id) order, as docs/tables.md defines them.
     */
    private static final String COUNTED_DOCUMENTS = """
            SELECT d.doc_id, d.batch FROM q_documents d
            JOIN (SELECT content_hash, min(struct(batch, doc_id)) AS first FROM q_documents GROUP BY content_hash) f
              ON d.content_hash = f.content_hash AND d.batch = f.first.batch AND d.doc_id = f.first.doc_id
            WHERE d.published_date IS NOT NULL""";

    private QualityGate() {
    }

    /**
     * Checks the tables under an output folder. The rules are small queries over small results:
     * without adaptive execution each runs as one Spark job, and without whole-stage code
     * generation they compile far less.
     */
    static QualityReport check(SparkSession spark, OutputLayout out) {
        return SessionSettings.during(spark, Map.of(SessionSettings.ADAPTIVE, "false",
                SessionSettings.WHOLE_STAGE_CODEGEN, "false"), () -> checkAll(spark, out));
    }

    private static QualityReport checkAll(SparkSession spark, OutputLayout out) {
        registerViews(spark, out);
        // A query per rule, all at once: small queries plan quickly, and their one-task stages share the cores.
        return new QualityReport(AtOnce.run(QualityRules.all().entrySet().stream()
                .<Callable<QualityCheck>>map(rule -> () -> check(spark, rule.getKey(), rule.getValue())).toList()));
    }

    /** A rule's violations counted, and the first few in order kept as examples. */
    private static QualityCheck check(SparkSession spark, String name, String rule) {
        long violations = spark.sql("SELECT count(*) FROM (%s)".formatted(rule)).first().getLong(0);
        if (violations == 0) {
            return QualityCheck.passed(name);
        }
        List<String> examples = spark.sql("SELECT example FROM (%s) ORDER BY example LIMIT %d".formatted(rule, EXAMPLES))
                .as(Encoders.STRING()).collectAsList();
        return new QualityCheck(name, violations, examples);
    }

    private static void registerViews(SparkSession spark, OutputLayout out) {
        for (String table : Tables.ALL) {
            StructType schema = Tables.schemaOf(table);
            Dataset<Row> rows = out.exists(table) ? spark.read().schema(schema).parquet(out.table(table))
                    : spark.createDataFrame(List.of(), schema);
            rows.createOrReplaceTempView("q_" + table);
        }
        spark.sql(COUNTED_DOCUMENTS).createOrReplaceTempView("q_counted_documents");
        for (String facts : List.of(Tables.MENTIONS, Tables.RELATIONS)) {
            spark.sql("SELECT f.* FROM q_%s f JOIN q_counted_documents c ON f.doc_id = c.doc_id AND f.batch = c.batch"
                    .formatted(facts)).createOrReplaceTempView("q_counted_" + facts);
        }
        spark.createDataset(RegionGazetteer.packaged().countryCodes(), Encoders.STRING()).toDF("code")
                .createOrReplaceTempView("q_country_codes");
        spark.sql("SELECT explode(array('day', 'week', 'month')) AS grain").createOrReplaceTempView("q_grains");
    }
}
