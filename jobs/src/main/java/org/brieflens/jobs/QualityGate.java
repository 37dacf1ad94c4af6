package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Step "check": the job reads back the tables it wrote and checks them against the rules of
 * {@link QualityRules}: keys present, trend keys unique, trend sums reconciling with the fact
 * tables, country codes valid, relations between companies that their document mentions. All
 * rules run as one Spark query; the report lists every rule with its violations and a few
 * examples.
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
     * Checks the tables under an output folder. The rules are many small queries over one union:
     * without adaptive execution they run as a dozen Spark jobs instead of three dozen, and
     * without whole-stage code generation they compile far less.
     */
    static QualityReport check(SparkSession spark, OutputLayout out) {
        return SessionSettings.during(spark, Map.of(SessionSettings.ADAPTIVE, "false",
                SessionSettings.WHOLE_STAGE_CODEGEN, "false"), () -> checkAll(spark, out));
    }

    private static QualityReport checkAll(SparkSession spark, OutputLayout out) {
        registerViews(spark, out);
        Map<String, String> rules = QualityRules.all();
        String violations = rules.entrySet().stream()
                .map(rule -> "SELECT '" + rule.getKey() + "' AS rule, example FROM (\n" + rule.getValue() + "\n)")
                .collect(Collectors.joining("\nUNION ALL\n"));
        List<Row> found = spark.sql("""
                SELECT rule, violations, collect_list(example) AS examples FROM (
                  SELECT rule, example, count(*) OVER (PARTITION BY rule) AS violations,
                         row_number() OVER (PARTITION BY rule ORDER BY example) AS n
                  FROM (%s))
                WHERE n <= %d GROUP BY rule, violations""".formatted(violations, EXAMPLES)).collectAsList();
        List<QualityCheck> checks = new ArrayList<>();
        for (String rule : rules.keySet()) {
            checks.add(found.stream().filter(r -> r.getString(0).equals(rule)).findFirst()
                    .map(r -> new QualityCheck(rule, r.getLong(1), r.<String>getList(2)))
                    .orElse(QualityCheck.passed(rule)));
        }
        return new QualityReport(checks);
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
