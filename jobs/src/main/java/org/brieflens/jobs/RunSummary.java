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
        StringBuilder text = new StringBuilder("\nbrieflens batch '" + manifest.batch() + "' done in "
                + (manifest.end().toEpochMilli() - manifest.start().toEpochMilli()) / 1000 + " s\n");
        text.append(String.format("  documents: %d in, %d processed (%d undated), %d rejected%n",
                c.input(), c.processed(), c.undated(), c.rejected()));
        text.append(String.format("  tokens: %d, mentions: %d, relations: %d%n", c.tokens(), c.mentions(), c.relations()));
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
        return text.toString();
    }

    private static String top(Dataset<Row> mentions) {
        List<Row> rows = mentions.groupBy("entity_name").agg(count("*").as("n"))
                .orderBy(desc("n"), col("entity_name")).limit(TOP).collectAsList();
        return String.join(", ", rows.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + ")").toList());
    }
}
