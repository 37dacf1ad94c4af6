package org.brieflens.jobs.report;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The written output tables as temporary views named {@code report_<table>} (the prefix keeps
 * them apart from the job's own views in the same session), and the small queries over them.
 */
final class ReportTables {
    static final List<String> TABLES = List.of("documents", "mentions", "relations", "amounts", "rejected",
            "company_trends", "parent_trends", "region_trends", "competitor_trends", "trending");

    /**
     * Sentences whose text the fact tables keep, by document and index: the evidence of relations
     * and amounts. Mentions carry offsets, not text; titles are in {@code documents}.
     */
    private static final String SENTENCES = """
            SELECT doc_id, batch, sentence_index, min(sentence) AS sentence FROM (
              SELECT doc_id, batch, sentence_index, evidence AS sentence FROM report_relations
              UNION ALL
              SELECT doc_id, batch, sentence_index, evidence FROM report_amounts)
            GROUP BY doc_id, batch, sentence_index""";

    private final SparkSession spark;

    private ReportTables(SparkSession spark) {
        this.spark = spark;
    }

    /** Registers a view over each table under the output root; fact tables bring their {@code batch} column. */
    static ReportTables register(SparkSession spark, String root) {
        for (String table : TABLES) {
            spark.read().parquet(root + "/" + table).createOrReplaceTempView("report_" + table);
        }
        // Later copies of the same content are stored but not counted, as in the trend tables.
        spark.sql("SELECT * FROM report_documents WHERE status <> 'duplicate'").createOrReplaceTempView("report_kept_documents");
        spark.sql("""
                SELECT m.* FROM report_mentions m
                JOIN report_kept_documents d ON m.doc_id = d.doc_id AND m.batch = d.batch""")
                .createOrReplaceTempView("report_kept_mentions");
        spark.sql(SENTENCES).createOrReplaceTempView("report_sentences");
        return new ReportTables(spark);
    }

    List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }

    Dataset<Row> sql(String sql) {
        return spark.sql(sql);
    }

    SparkSession spark() {
        return spark;
    }

    /** A string as a Spark SQL literal, quotes and backslashes escaped. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
