package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same table contents whatever the number of partitions. */
class DeterminismTest {
    @Test
    void tablesAreIdenticalWithOneOrSevenPartitions(@TempDir Path one, @TempDir Path seven) {
        SparkSession spark = SparkTestSession.get();
        BriefLensJob.run(spark, options(one, 1));
        BriefLensJob.run(spark, options(seven, 7));

        for (String table : Tables.ALL) {
            List<Row> a = sorted(spark.read().parquet(one.resolve(table).toString()));
            List<Row> b = sorted(spark.read().parquet(seven.resolve(table).toString()));
            assertThat(b).as(table).isEqualTo(a);
        }
    }

    private static JobOptions options(Path output, int partitions) {
        return new JobOptions(SampleRunTest.SAMPLE.toString(), output.toString(), null, AnnotatorProfile.FAST, "sample",
                partitions, JobOptions.DEFAULT_MAX_DOC_CHARS).withReport(false);
    }

    private static List<Row> sorted(Dataset<Row> table) {
        String[] columns = table.columns();
        return table.orderBy(Arrays.stream(columns).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new)).collectAsList();
    }
}
