package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality gate passes on the sample run's output and names the violation in a corrupted copy. */
class QualityGateTest {
    @TempDir
    static Path output;
    static SparkSession spark;
    static Manifest manifest;

    @BeforeAll
    static void runOnTheSample() {
        spark = SparkTestSession.get();
        manifest = BriefLensJob.run(spark, SampleRunTest.options("gate", output));
    }

    @Test
    void everyCheckPassesOnTheSampleAndIsListedInTheManifest() throws IOException {
        JsonNode quality = new ObjectMapper().readTree(output.resolve(OutputLayout.MANIFEST).toFile()).get("quality");

        assertThat(quality.get("passed").asBoolean()).isTrue();
        assertThat(quality.get("checks").findValuesAsText("name")).containsExactlyElementsOf(QualityRules.all().keySet());
        quality.get("checks").forEach(check -> {
            assertThat(check.get("passed").asBoolean()).as(check.toString()).isTrue();
            assertThat(check.get("violations").asLong()).isZero();
        });
    }

    @Test
    void namesADuplicateTrendRow(@TempDir Path copy) {
        Folders.copyTree(output, copy);
        Dataset<Row> trends = table(copy, Tables.COMPANY_TRENDS);
        Row busiest = trends.orderBy(col("mentions").desc()).first();
        replaceTable(copy, Tables.COMPANY_TRENDS, trends.union(spark.createDataFrame(List.of(busiest), trends.schema())));

        QualityReport report = QualityGate.check(spark, layout(copy));

        QualityCheck keys = check(report, "company_trends_keys");
        assertThat(keys.violations()).isEqualTo(1);
        assertThat(keys.examples()).singleElement().asString().contains("\"company_id\":\"" + busiest.getAs("company_id") + "\"")
                .contains("\"rows\":2");
        assertThat(check(report, "company_trends_reconcile").passed()).isFalse();
        assertThat(report.summary()).startsWith("quality gate failed: company_trends_keys (1 violation)");
        assertThatThrownBy(report::enforce).isInstanceOfSatisfying(JobFailure.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE));
    }

    @Test
    void namesAnInvalidCountryCode(@TempDir Path copy) {
        Folders.copyTree(output, copy);
        Dataset<Row> regions = table(copy, Tables.REGION_TRENDS);
        String country = regions.where("region_type = 'country'").orderBy(col("mentions").desc()).first().getAs("region_id");
        long rows = regions.where(col("region_id").equalTo(country)).count();
        replaceTable(copy, Tables.REGION_TRENDS, regions.withColumn("region_id",
                when(col("region_id").equalTo(country), lit("UK")).otherwise(col("region_id"))));

        QualityReport report = QualityGate.check(spark, layout(copy));

        QualityCheck codes = check(report, "country_codes_valid");
        assertThat(codes.violations()).isEqualTo(rows);
        assertThat(codes.examples()).hasSize(QualityGate.EXAMPLES).allMatch(e -> e.contains("\"country_code\":\"UK\""));
        assertThat(report.failures()).extracting(QualityCheck::name).containsExactly("country_codes_valid");
    }

    private static QualityCheck check(QualityReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static OutputLayout layout(Path folder) {
        return new OutputLayout(folder.toString(), spark.sparkContext().hadoopConfiguration());
    }

    private static Dataset<Row> table(Path folder, String name) {
        return spark.read().parquet(folder.resolve(name).toString());
    }

    /** Writes the rows (collected first: they are read from the folder they replace) as the table. */
    private static void replaceTable(Path folder, String name, Dataset<Row> rows) {
        List<Row> collected = rows.collectAsList();
        Path staging = folder.resolve("_corrupted-" + name);
        ParquetWriting.write(spark.createDataFrame(collected, rows.schema()).repartition(1), staging.toString());
        Folders.deleteTree(folder.resolve(name));
        try {
            Files.move(staging, folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
