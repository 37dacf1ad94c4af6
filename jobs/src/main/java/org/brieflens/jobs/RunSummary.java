package org.brieflens.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The short report printed at the end of a command-line run. */
final class RunSummary {
    private static final int TOP = 5;

    private RunSummary() {
    }

    static String of(SparkSession spark, Manifest manifest, OutputLayout out) {
        RunCounts c = manifest.counts();
        double seconds = Math.max(1, manifest.end().toEpochMilli() - manifest.start().toEpochMilli()) / 1000.0;
        StringBuilder text = new StringBuilder(String.format("%nbrieflens batch '%s' done in %.0f s%n", manifest.batch(),
                seconds));
        row(text, "documents in", c.input(), "");
        row(text, "processed", c.processed(), c.undated() + " undated");
        row(text, "rejected", c.rejected(), rejectedByReason(spark, manifest, out));
        row(text, "tokens", c.tokens(), String.format("%,.0f tokens/s over the whole run", c.tokens() / seconds));
        row(text, "mentions", c.mentions(), "");
        row(text, "relations", c.relations(), "");
        row(text, "amounts", c.amounts(), "");
        text.append(String.format("  %-14s %s%n", "quality", manifest.quality().summary()));
        if (c.mentions() > 0) {
            Dataset<Row> mentions = spark.read().schema(Tables.MENTIONS_SCHEMA).parquet(out.table(Tables.MENTIONS))
                    .where(col(Tables.BATCH).equalTo(manifest.batch()));
            text.append("  top companies: ").append(top(mentions.where("entity_type IN ('COMPANY', 'PRODUCT')"))).append('\n');
            text.append("  top regions:   ").append(top(mentions.where("entity_type = 'REGION' AND resolved"))).append('\n');
        }
        text.append("  tables under ").append(out.root()).append(":\n");
        for (String table : Tables.ALL) {
            text.append("    ").append(out.table(table)).append('\n');
        }
        text.append("  manifest: ").append(out.table(OutputLayout.MANIFEST)).append('\n');
        if (out.exists(org.brieflens.jobs.report.HtmlReport.PAGE)) {
            text.append("  report:   ").append(out.table(org.brieflens.jobs.report.HtmlReport.PAGE)).append('\n');
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String label, long value, String note) {
        text.append(String.format("  %-14s %,12d  %s%n", label, value, note).stripTrailing()).append('\n');
    }

    private static String rejectedByReason(SparkSession spark, Manifest manifest, OutputLayout out) {
        if (manifest.counts().rejected() == 0 || !out.exists(Tables.REJECTED)) {
            return "";
        }
        List<Row> rows = spark.read().schema(Tables.schemaOf(Tables.REJECTED)).parquet(out.table(Tables.REJECTED))
                .where(col(Tables.BATCH).equalTo(manifest.batch())).groupBy("reason").agg(count("*").as("n"))
                .orderBy(desc("n"), col("reason")).collectAsList();
        return String.join(", ", rows.stream().map(r -> r.getString(0) + " " + r.getLong(1)).toList());
    }

    private static String top(Dataset<Row> mentions) {
        List<Row> rows = mentions.groupBy("entity_name").agg(count("*").as("n"))
                .orderBy(desc("n"), col("entity_name")).limit(TOP).collectAsList();
        return String.join(", ", rows.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + ")").toList());
    }
}
