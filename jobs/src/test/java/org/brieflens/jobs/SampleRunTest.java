package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the bundled sample (data/), in local[2], with concrete rows asserted in every table. */
class SampleRunTest {
    static final Path SAMPLE = Path.of("..", "data");
    private static final String ALIBABA_BRIEF = "briefs/dt=2026-09-14/alibaba-cloud-southeast-asia";
    private static final String SAMSUNG_BRIEF = "briefs/2026-10-12-samsung-hbm4";
    private static final String OPENAI_BRIEF = "briefs/dt=2026-11-03/openai-microsoft-datacenters";

    @TempDir
    static Path output;
    static SparkSession spark;
    static Manifest manifest;

    @BeforeAll
    static void runOnTheSample() {
        spark = SparkTestSession.get();
        manifest = BriefLensJob.run(spark, options("sample"));
    }

    static JobOptions options(String batch) {
        return options(batch, output);
    }

    static JobOptions options(String batch, Path out) {
        return new JobOptions(SAMPLE.toString(), out.toString(), null, AnnotatorProfile.FAST, batch, 4,
                JobOptions.DEFAULT_MAX_DOC_CHARS);
    }

    static Dataset<Row> table(String name) {
        return table(output, name);
    }

    static Dataset<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    @Test
    void printsASummaryTableWhoseCountsAreTheManifests() {
        String summary = RunSummary.of(spark, manifest, new OutputLayout(output.toString(),
                spark.sparkContext().hadoopConfiguration()));

        assertThat(summary).containsPattern("documents in +" + String.format("%,d", manifest.counts().input()) + "\\n")
                .containsPattern("processed +" + String.format("%,d", manifest.counts().processed()) + " +"
                        + manifest.counts().undated() + " undated")
                .containsPattern("tokens +" + String.format("%,d", manifest.counts().tokens()) + " ")
                .contains(manifest.quality().summary())
                .contains(output.resolve("report").resolve("index.html").toUri().getPath().replaceAll("/$", ""));
    }

    @Test
    void processesEveryBriefAndArticleAndKeepsUndatedOnes() {
        Dataset<Row> documents = table(Tables.DOCUMENTS);
        long briefs = countFiles(".txt");

        assertThat(documents.count()).isEqualTo(briefs + 12);
        assertThat(documents.where("status = 'undated'").count()).isEqualTo(3);
        assertThat(documents.where("status = 'undated' AND published_date IS NOT NULL").count()).isZero();
        assertThat(table(Tables.REJECTED).count()).isZero();
        Row alibaba = documents.where("doc_id = '" + ALIBABA_BRIEF + "'").first();
        assertThat(alibaba.<Object>getAs("published_date").toString()).isEqualTo("2026-09-14");
        assertThat(alibaba.<String>getAs("title")).isEqualTo("How far can Alibaba Cloud grow in Southeast Asia?");
        assertThat(alibaba.<Integer>getAs("section_count")).isEqualTo(5);
    }

    @Test
    void findsCompaniesProductsCountriesAndMacroRegionsOfABrief() {
        Dataset<Row> mentions = table(Tables.MENTIONS).where("doc_id = '" + ALIBABA_BRIEF + "'");

        assertThat(values(mentions.where("entity_type = 'COMPANY'"), "entity_name"))
                .contains("Alibaba Cloud", "Alibaba Group", "Amazon Web Services");
        assertThat(mentions.where("entity_type = 'PRODUCT' AND surface LIKE '%Azure'").select("entity_name").first().getString(0))
                .isEqualTo("Microsoft");
        assertThat(values(mentions.where("entity_type = 'REGION'"), "country_code"))
                .contains("TH", "PH", "MY", "ID", "SG", "CN");
        assertThat(values(mentions.where("macro_region IS NOT NULL"), "macro_region")).containsExactly("Southeast Asia");
        assertThat(values(mentions.where("country_code = 'TH'"), "m49_subregion")).containsExactly("South-eastern Asia");
        assertThat(values(mentions.where("surface = 'Southeast Asia'"), "section")).contains("lead", "why_it_matters");
    }

    @Test
    void mentionOffsetsPointAtTheirSurface() {
        List<Row> rows = table(Tables.MENTIONS).where("doc_id = '" + SAMSUNG_BRIEF + "'")
                .select("surface", "char_begin", "char_end").collectAsList();

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getInt(2) - r.getInt(1)).isEqualTo(r.getString(0).length()));
        assertThat(values(table(Tables.MENTIONS).where("doc_id = '" + SAMSUNG_BRIEF + "'"), "country_code")).contains("KR");
    }

    @Test
    void assertsCompetitorAndPartnerPairsWithCueAndEvidence() {
        Dataset<Row> relations = table(Tables.RELATIONS);

        assertThat(pairs(relations.where("doc_id = '" + ALIBABA_BRIEF + "'"))).contains(
                tuple("COMPETITOR", "Alibaba Cloud", "Amazon Web Services"),
                tuple("COMPETITOR", "Alibaba Cloud", "Microsoft"));
        assertThat(pairs(relations.where("doc_id = '" + SAMSUNG_BRIEF + "'"))).containsExactlyInAnyOrder(
                tuple("COMPETITOR", "Micron Technology", "Samsung Electronics"),
                tuple("COMPETITOR", "SK Hynix", "Samsung Electronics"));
        assertThat(pairs(relations.where("doc_id = '" + OPENAI_BRIEF + "'")))
                .contains(tuple("PARTNER", "Microsoft", "OpenAI"));
        Row partner = relations.where("doc_id = '" + OPENAI_BRIEF + "' AND relation_type = 'PARTNER'"
                + " AND company_a = 'Microsoft' AND company_b = 'OpenAI'").first();
        assertThat(partner.<String>getAs("cue")).containsIgnoringCase("partnership with");
        assertThat(partner.<String>getAs("evidence"))
                .isEqualTo("Microsoft announced a partnership with OpenAI to build new data centers in Texas.");
    }

    @Test
    void coMentionsPairEveryTwoCompaniesOfADocumentOnce() {
        Dataset<Row> pairs = table(Tables.CO_MENTIONS).where("doc_id = '" + ALIBABA_BRIEF + "'");
        long companies = table(Tables.MENTIONS)
                .where("doc_id = '" + ALIBABA_BRIEF + "' AND entity_type IN ('COMPANY', 'PRODUCT')")
                .select("entity_id", "entity_name").distinct().count();

        assertThat(pairs.count()).isEqualTo(companies * (companies - 1) / 2);
        assertThat(pairs.where("company_a >= company_b").count()).isZero();
        Row cloudAndGroup = pairs.where("company_a = 'Alibaba Cloud' AND company_b = 'Alibaba Group'").first();
        assertThat(cloudAndGroup.<Integer>getAs("mentions_a")).isPositive();
    }

    @Test
    void amountsTieMoneyToItsCompanyAndMetric() {
        Row sap = table(Tables.AMOUNTS).where("doc_id = 'briefs/dt=2026-11-13/sap-sovereign-cloud-germany' AND kind = 'MONEY'")
                .first();

        assertThat(sap.<Double>getAs("value")).isEqualTo(2.0e10);
        assertThat(sap.<String>getAs("currency")).isEqualTo("EUR");
        assertThat(sap.<String>getAs("company_name")).isEqualTo("SAP");
        assertThat(sap.<String>getAs("metric")).isEqualTo("investment");
        assertThat(sap.<String>getAs("evidence")).contains("20 billion euros");
    }

    @Test
    void companyTrendsReconcileWithMentions() {
        long companyMentions = table(Tables.MENTIONS)
                .where("entity_type IN ('COMPANY', 'PRODUCT') AND published_date IS NOT NULL").count();
        Dataset<Row> trends = table(Tables.COMPANY_TRENDS);

        for (String grain : List.of("day", "week", "month")) {
            Row sums = trends.where("grain = '" + grain + "'").selectExpr("sum(mentions)").first();
            assertThat(sums.getLong(0)).as(grain).isEqualTo(companyMentions);
        }
        List<Row> shares = trends.groupBy("grain", "period_start")
                .agg(org.apache.spark.sql.functions.sum("share_of_voice"), org.apache.spark.sql.functions.sum("mentions"))
                .where("`sum(mentions)` > 0").collectAsList();
        assertThat(shares).allSatisfy(r -> assertThat(r.getDouble(2)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(values(trends.where("grain = 'week'"), "period_start").stream()
                .map(d -> java.time.LocalDate.parse(d).getDayOfWeek()).collect(Collectors.toSet()))
                .containsExactly(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void regionAndCompetitorTrendsCarryTheBriefsPeriods() {
        Row macro = table(Tables.REGION_TRENDS)
                .where("grain = 'week' AND period_start = DATE'2026-09-14' AND region_name = 'Southeast Asia'").first();
        assertThat(macro.<String>getAs("region_type")).isEqualTo("macro_region");
        assertThat(macro.<Long>getAs("documents")).isPositive();

        Dataset<Row> competitors = table(Tables.COMPETITOR_TRENDS).where("grain = 'month' AND period_start = DATE'2026-09-01'");
        assertThat(pairs(competitors)).contains(tuple("COMPETITOR", "Alibaba Cloud", "Amazon Web Services"));
        assertThat(table(Tables.COMPETITOR_TRENDS).where("grain = 'day'").selectExpr("sum(mentions)").first().getLong(0))
                .isEqualTo(table(Tables.RELATIONS).where("published_date IS NOT NULL").count());
    }

    @Test
    void manifestCountsReconcileWithTheTables() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Files.readString(output.resolve("_manifest.json")));
        JsonNode counts = json.get("counts");

        assertThat(counts.get("input").asLong()).isEqualTo(counts.get("processed").asLong() + counts.get("rejected").asLong());
        assertThat(counts.get("processed").asLong()).isEqualTo(table(Tables.DOCUMENTS).where("batch = 'sample'").count());
        assertThat(counts.get("mentions").asLong()).isEqualTo(table(Tables.MENTIONS).where("batch = 'sample'").count());
        assertThat(counts.get("undated").asLong()).isEqualTo(3);
        assertThat(json.get("versions").get("spark").asText()).isEqualTo(spark.version());
        assertThat(json.get("versions").get("corenlp").asText()).isEqualTo("4.5.10");
        assertThat(json.get("nlp_profile").asText()).isEqualTo("fast");
        assertThat(json.get("batch").asText()).isEqualTo("sample");
    }

    @Test
    void everyTableReadsBackWithoutSparkWithDatesAsDateAndNoInt96() {
        for (String table : Tables.ALL) {
            Path folder = output.resolve(table);
            List<Path> files = ParquetFooters.files(folder);
            assertThat(files).as(table).isNotEmpty();
            StructType declared = Tables.schemaOf(table);
            for (Path file : files) {
                MessageType schema = ParquetFooters.schema(file);
                List<String> expected = java.util.Arrays.stream(declared.fieldNames())
                        .filter(n -> !n.equals(Tables.BATCH)).toList();
                assertThat(schema.getFields()).extracting(org.apache.parquet.schema.Type::getName)
                        .as(table).containsExactlyElementsOf(expected);
                schema.getColumns().forEach(c -> assertThat(c.getPrimitiveType().getPrimitiveTypeName())
                        .as(table + "." + c.getPath()[0]).isNotEqualTo(PrimitiveTypeName.INT96));
                schema.getFields().stream().filter(f -> f.getName().endsWith("_date") || f.getName().equals("period_start"))
                        .forEach(f -> assertThat(f.getLogicalTypeAnnotation())
                                .as(table + "." + f.getName()).isEqualTo(LogicalTypeAnnotation.dateType()));
            }
            assertThat(ParquetFooters.rows(folder)).as(table).isEqualTo(table(table).count());
        }
    }

    @Test
    void everyQueryOfTheNotebookRunsOnTheSampleOutput() throws IOException {
        for (String table : Tables.ALL) {
            table(table).createOrReplaceTempView(table);
        }
        String notebook = Files.readString(Path.of("..", "notebooks", "explore.ipynb"));
        JsonNode cells = new ObjectMapper().readTree(notebook).get("cells");
        List<String> queries = new java.util.ArrayList<>();
        for (JsonNode cell : cells) {
            StringBuilder source = new StringBuilder();
            cell.get("source").forEach(line -> source.append(line.asText()));
            java.util.regex.Matcher sql = java.util.regex.Pattern.compile("\"\"\"(.*?)\"\"\"", java.util.regex.Pattern.DOTALL)
                    .matcher(source);
            while (sql.find()) {
                queries.add(sql.group(1));
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        for (String query : queries) {
            assertThat(spark.sql(query).collectAsList()).as(query).isNotEmpty();
        }
    }

    @Test
    void rerunningABatchReplacesItsRowsAndTheSameTextInAnotherBatchCountsOnce(@TempDir Path other) {
        BriefLensJob.run(spark, options("sample", other));
        long documents = table(other, Tables.DOCUMENTS).count();
        long mentions = table(other, Tables.MENTIONS).count();
        long weekly = weeklyCompanyMentions(other);

        BriefLensJob.run(spark, options("sample", other));
        assertThat(table(other, Tables.DOCUMENTS).count()).isEqualTo(documents);
        assertThat(table(other, Tables.MENTIONS).count()).isEqualTo(mentions);
        assertThat(weeklyCompanyMentions(other)).isEqualTo(weekly);

        BriefLensJob.run(spark, options("sample-copy", other));
        assertThat(table(other, Tables.DOCUMENTS).count()).isEqualTo(2 * documents);
        assertThat(table(other, Tables.DOCUMENTS).where("batch = 'sample-copy'").select("status").distinct()
                .collectAsList()).extracting(r -> r.getString(0)).containsExactly("duplicate");
        assertThat(weeklyCompanyMentions(other)).as("the same texts again add nothing to trends").isEqualTo(weekly);
        assertThat(Files.exists(other.resolve("_manifests/batch=sample.json"))).isTrue();
        assertThat(Files.exists(other.resolve("_manifests/batch=sample-copy.json"))).isTrue();
        try (var runs = Files.list(other.resolve("_manifests/runs"))) {
            assertThat(runs.filter(f -> f.toString().endsWith(".json")).count()).as("one history entry per run").isEqualTo(3);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long weeklyCompanyMentions(Path out) {
        return table(out, Tables.COMPANY_TRENDS).where("grain = 'week'").selectExpr("sum(mentions)").first().getLong(0);
    }

    private static long countFiles(String suffix) {
        try (var files = Files.walk(SAMPLE)) {
            return files.filter(p -> p.toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> values(Dataset<Row> rows, String column) {
        return rows.select(column).where(column + " IS NOT NULL").distinct().collectAsList().stream()
                .map(r -> String.valueOf(r.get(0))).collect(Collectors.toSet());
    }

    private static List<org.assertj.core.groups.Tuple> pairs(Dataset<Row> relations) {
        return relations.select("relation_type", "company_a", "company_b").distinct().collectAsList().stream()
                .map(r -> tuple(r.getString(0), r.getString(1), r.getString(2))).toList();
    }
}
