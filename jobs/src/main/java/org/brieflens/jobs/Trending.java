package org.brieflens.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code trending} table: for the latest period of each grain, the companies, parents,
 * countries and macro regions rising fastest. The short window is the latest
 * {@value #SHORT_PERIODS} periods, the long window the {@value #LONG_PERIODS} before them.
 *
 * <p>With S the mentions in the short window (k periods) and r the mean mentions per period in
 * the long window, the score is {@code (S - k*r) / sqrt(k*r + 1)}: how many standard deviations S
 * lies above what the long-run rate predicts, if mentions were Poisson; the +1 keeps entities
 * new to the corpus from dividing by zero and damps single-digit noise. Only entities with at
 * least {@value #MIN_SHORT_MENTIONS} short-window mentions qualify, so one mention is not a
 * trend; the top {@value #TOP} per grain and entity type are kept.
 */
final class Trending {
    static final int SHORT_PERIODS = 2;
    static final int LONG_PERIODS = 12;
    static final int MIN_SHORT_MENTIONS = 3;
    static final int TOP = 25;

    private static final String WINDOWS = """
            WITH indexed AS (
              SELECT *, dense_rank() OVER (PARTITION BY grain ORDER BY period_start DESC) - 1 AS age
              FROM %1$s),
            windows AS (
              SELECT grain, max(period_start) AS period_start, '%2$s' AS entity_type, %3$s AS entity_id,
                     first(%4$s) AS entity_name,
                     sum(CASE WHEN age < %5$d THEN mentions ELSE 0 END) AS short_mentions,
                     sum(CASE WHEN age >= %5$d THEN mentions ELSE 0 END) AS long_mentions,
                     least(count(DISTINCT age), %5$d) AS short_periods,
                     greatest(count(DISTINCT age) - %5$d, 0) AS long_periods
              FROM indexed WHERE age < %5$d + %6$d %7$s
              GROUP BY grain, %3$s)
            SELECT *, short_mentions / short_periods AS short_rate,
                   CASE WHEN long_periods > 0 THEN long_mentions / long_periods ELSE 0 END AS long_rate
            FROM windows WHERE short_mentions >= %8$d""";

    private static final String SCORED = """
            SELECT grain, period_start, entity_type, entity_id, entity_name, short_mentions, long_mentions,
                   short_periods, long_periods, short_rate, long_rate, score,
                   CAST(row_number() OVER (PARTITION BY grain, entity_type ORDER BY score DESC, entity_id) AS INT) AS rank
            FROM (SELECT *, (short_mentions - short_periods * long_rate) / sqrt(short_periods * long_rate + 1) AS score
                  FROM candidates)""";

    private Trending() {
    }

    /** The trending rows, from the trend tables just written to their staging folders under {@code out}. */
    static Dataset<Row> of(SparkSession spark, OutputLayout out) {
        for (String table : new String[] {Tables.COMPANY_TRENDS, Tables.PARENT_TRENDS, Tables.REGION_TRENDS}) {
            spark.read().parquet(out.stagingFolder(table)).createOrReplaceTempView("written_" + table);
        }
        Dataset<Row> candidates = windows(spark, Tables.COMPANY_TRENDS, "company", "company_id", "company_name", "")
                .unionByName(windows(spark, Tables.PARENT_TRENDS, "parent", "parent_id", "parent_name", ""))
                .unionByName(windows(spark, Tables.REGION_TRENDS, "country", "region_id", "region_name",
                        "AND region_type = 'country'"))
                .unionByName(windows(spark, Tables.REGION_TRENDS, "macro_region", "region_id", "region_name",
                        "AND region_type = 'macro_region'"));
        candidates.createOrReplaceTempView("candidates");
        return spark.sql(SCORED).where("rank <= " + TOP);
    }

    private static Dataset<Row> windows(SparkSession spark, String table, String type, String id, String name,
                                        String filter) {
        return spark.sql(WINDOWS.formatted("written_" + table, type, id, name, SHORT_PERIODS, LONG_PERIODS, filter,
                MIN_SHORT_MENTIONS));
    }
}
