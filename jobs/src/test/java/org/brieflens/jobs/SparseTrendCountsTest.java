package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sparse counts of every trend table over fact rows made by hand, against counts worked out
 * by hand below. Gazetteer facts used: AWS (id aws) belongs to Amazon (Q3884); France (FR) is a
 * member of Europe and of the global region; Southeast Asia is a macro region without France.
 *
 * <p>Documents (2024-01-01 is a Monday): b1/c9 and b1/d1 on Wednesday 2024-01-03; b1/d2, a copy
 * of d1 (a later doc_id: not counted); b1/d3, undated (not counted); b1/d4 on 2024-01-10; b2/a0,
 * a copy of b1/d4 in a later batch (not counted, though its doc_id sorts first); b2/d1 on
 * 2024-01-20, another document with the doc_id of b1/d1.
 */
class SparseTrendCountsTest {
    private static final String MONTH = "month";
    private static final Date JAN = Date.valueOf("2024-01-01");

    @TempDir
    static Path output;
    private static SparseTrendCounts counts;

    @BeforeAll
    static void countHandMadeFacts() {
        SparkSession spark = SparkTestSession.get();
        write(spark, Tables.DOCUMENTS, Tables.DOCUMENTS_SCHEMA, List.of(
                document("b1", "c9", "2024-01-03", "h9"),
                document("b1", "d1", "2024-01-03", "h1"),
                document("b1", "d2", "2024-01-03", "h1"),
                document("b1", "d3", null, "h3"),
                document("b1", "d4", "2024-01-10", "h4"),
                document("b2", "a0", "2024-01-10", "h4"),
                document("b2", "d1", "2024-01-20", "h5")));
        List<Row> mentions = new ArrayList<>(List.of(
                company("b1", "d1", "2024-01-03", 0, "title", 0, "Amazon Web Services", "aws", "Amazon Web Services", "Q3884"),
                company("b1", "d1", "2024-01-03", 1, "body", 15, "AWS", "aws", "Amazon Web Services", "Q3884"),
                country("b1", "d1", "2024-01-03", 1, "body", 30, "France"),
                company("b1", "d1", "2024-01-03", 1, "body", 40, "Acme", null, "Acme", null),
                company("b1", "d1", "2024-01-03", 1, "body", 60, "AWS", "aws", "Amazon Web Services", "Q3884"),
                country("b1", "d1", "2024-01-03", 1, "body", 80, "Paris"),
                company("b1", "d1", "2024-01-03", 2, "whats_next", 100, "Amazon", "Q3884", "Amazon", null),
                mention("b1", "d1", "2024-01-03", 2, "whats_next", 120, "Southeast Asia", "REGION", "southeast-asia",
                        "Southeast Asia", true, null, null),
                company("b1", "d4", "2024-01-10", 0, "lead", 0, "Amazon", "Q3884", "Amazon", null),
                country("b1", "d4", "2024-01-10", 0, "lead", 20, "French"),
                company("b2", "d1", "2024-01-20", 0, "body", 0, "Acme", null, "Acme", null)));
        // Rows of documents that do not count: a later copy, an undated document, a copy in a later batch.
        mentions.add(company("b1", "d2", "2024-01-03", 0, "title", 0, "Amazon", "Q3884", "Amazon", null));
        mentions.add(company("b1", "d3", null, 0, "title", 0, "Amazon", "Q3884", "Amazon", null));
        mentions.add(company("b2", "a0", "2024-01-10", 0, "lead", 0, "Amazon", "Q3884", "Amazon", null));
        mentions.add(country("b2", "a0", "2024-01-10", 0, "lead", 20, "French"));
        write(spark, Tables.MENTIONS, Tables.MENTIONS_SCHEMA, mentions);
        write(spark, Tables.RELATIONS, Tables.RELATIONS_SCHEMA, List.of(
                relation("b1", "d1", "2024-01-03"),
                relation("b1", "c9", "2024-01-03"),
                relation("b1", "d4", "2024-01-10"),
                relation("b2", "d1", "2024-01-20"),
                relation("b1", "d2", "2024-01-03"),
                relation("b2", "a0", "2024-01-10")));
        counts = SparseTrendCounts.of(spark, new OutputLayout(output.toString(),
                spark.sparkContext().hadoopConfiguration()));
    }

    @AfterAll
    static void release() {
        counts.release();
    }

    @Test
    void periodsSpanTheCountedDocuments() {
        assertThat(counts.periods().of("week")).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15));
        assertThat(counts.periods().of("day")).hasSize(18).startsWith(LocalDate.of(2024, 1, 3));
    }

    @Test
    void companiesCountMentionsAndDocumentsOfCountedDocumentsOnly() {
        // aws: d1 title + two in sentence 1. Q3884: d1 whats_next + d4 lead. Acme: b1/d1 and b2/d1, two documents.
        assertThat(rows(SparseTable.COMPANY, MONTH)).containsExactlyInAnyOrder(
                RowFactory.create(MONTH, JAN, "aws", "Amazon Web Services", "Q3884", true, 3L, 1L, 0L, 1L),
                RowFactory.create(MONTH, JAN, "Q3884", "Amazon", null, true, 2L, 2L, 1L, 1L),
                RowFactory.create(MONTH, JAN, "Acme", "Acme", null, false, 2L, 2L, 0L, 0L));
        assertThat(rows(SparseTable.COMPANY, "week")).contains(
                RowFactory.create("week", Date.valueOf("2024-01-08"), "Q3884", "Amazon", null, true, 1L, 1L, 0L, 1L),
                RowFactory.create("week", Date.valueOf("2024-01-15"), "Acme", "Acme", null, false, 1L, 1L, 0L, 0L));
        assertThat(rows(SparseTable.COMPANY, "day")).contains(
                RowFactory.create("day", Date.valueOf("2024-01-03"), "aws", "Amazon Web Services", "Q3884", true,
                        3L, 1L, 0L, 1L));
    }

    @Test
    void parentsRollCompaniesUpToTheirTopLevelParent() {
        // Amazon: 3 aws + 2 Q3884 mentions, in d1 and d4, two companies; titles: d1's title, d4's lead.
        assertThat(rows(SparseTable.PARENT, MONTH)).containsExactlyInAnyOrder(
                RowFactory.create(MONTH, JAN, "Q3884", "Amazon", 5L, 2L, 2L, 1L, 2L),
                RowFactory.create(MONTH, JAN, "Acme", "Acme", 2L, 2L, 1L, 0L, 0L));
    }

    @Test
    void macroRegionsCountTheirMemberCountriesAndTheirOwnMentions() {
        List<Row> regions = rows(SparseTable.REGION, MONTH);
        // France, Paris (d1) and French (d4, a lead).
        assertThat(regions).contains(
                RowFactory.create(MONTH, JAN, "country", "FR", "France", 3L, 3L, 2L, 0L, 1L),
                RowFactory.create(MONTH, JAN, "macro_region", "europe", "Europe", 3L, 0L, 2L, 0L, 1L),
                RowFactory.create(MONTH, JAN, "macro_region", "global", "Global", 3L, 0L, 2L, 0L, 1L),
                RowFactory.create(MONTH, JAN, "macro_region", "southeast-asia", "Southeast Asia", 1L, 1L, 1L, 1L, 0L));
        // Every other macro region can only have France's mentions.
        assertThat(regions).filteredOn(r -> r.getString(2).equals("macro_region") && !r.getString(3).equals("southeast-asia"))
                .allSatisfy(r -> assertThat(List.of(r.get(5), r.get(6), r.get(7))).containsExactly(3L, 0L, 2L));
        assertThat(regions).filteredOn(r -> r.getString(2).equals("country")).hasSize(1);
    }

    @Test
    void companyRegionPairsCountSentencesNamingBoth() {
        // d1 sentence 1 names aws twice, Acme, and France twice; d4's lead names Amazon and France.
        // Southeast Asia is no country: d1 sentence 2 makes no pair.
        assertThat(rows(SparseTable.COMPANY_REGION, MONTH)).containsExactlyInAnyOrder(
                RowFactory.create(MONTH, JAN, "aws", "Amazon Web Services", "FR", 1L, 1L),
                RowFactory.create(MONTH, JAN, "Acme", "Acme", "FR", 1L, 1L),
                RowFactory.create(MONTH, JAN, "Q3884", "Amazon", "FR", 1L, 1L));
    }

    @Test
    void relationPairsCountPerPeriodWithTheirFirstDateAndEarliestEvidence() {
        Object[] pair = {"COMPETITOR", "AMD", "Nvidia", "Q128896", "Q182477"};
        assertThat(rows(SparseTable.COMPETITOR, MONTH)).containsExactly(
                competitor(MONTH, "2024-01-01", pair, 4L, 4L, "2024-01-03", "c9"));
        // c9 and d1 share the earliest date: the smaller doc_id is the evidence.
        assertThat(rows(SparseTable.COMPETITOR, "week")).containsExactlyInAnyOrder(
                competitor("week", "2024-01-01", pair, 2L, 2L, "2024-01-03", "c9"),
                competitor("week", "2024-01-08", pair, 1L, 1L, "2024-01-10", "d4"),
                competitor("week", "2024-01-15", pair, 1L, 1L, "2024-01-20", "d1"));
    }

    @Test
    void rowsHaveTheColumnsOfTheirTableWithoutMetrics() {
        for (SparseTable table : SparseTable.values()) {
            StructType full = Tables.schemaOf(table.shape().table());
            assertThat(table.columns().fieldNames()).containsExactly(
                    java.util.Arrays.copyOf(full.fieldNames(), full.size() - TrendMetrics.NAMES.size()));
            assertThat(counts.of(table).collect()).allSatisfy(row -> assertThat(row.size()).isEqualTo(
                    table.columns().size()));
        }
    }

    @Test
    void aDenseTableOverItsRowsPerFileIsSplitByEntityIntoSortedFilesOfTheSameRows() {
        SparkSession spark = SparkTestSession.get();
        OutputLayout out = new OutputLayout(output.toString(), spark.sparkContext().hadoopConfiguration());
        TrendTables.write(spark, out);
        Path table = output.resolve(Tables.COMPANY_TRENDS);
        assertThat(ParquetFooters.files(table)).hasSize(1);
        List<Row> whole = spark.read().parquet(table.toString()).collectAsList();
        // Three companies, each with 18 days, 3 weeks and 1 month.
        assertThat(whole).hasSize(3 * (18 + 3 + 1));

        TrendTables.write(spark, out, 20);
        List<Path> files = ParquetFooters.files(table);
        assertThat(files).hasSizeBetween(2, ParquetWriting.filesFor(whole.size(), 20));
        List<Row> split = new ArrayList<>();
        Map<List<Object>, Path> fileOfSeries = new HashMap<>();
        for (Path file : files) {
            List<Row> rows = spark.read().parquet(file.toString()).collectAsList();
            assertThat(rows).isSortedAccordingTo(Comparator.<Row, String>comparing(r -> r.getString(0))
                    .thenComparing(r -> r.getDate(1)).thenComparing(r -> r.getString(2)));
            // An entity's series (its grain and id) lies in one file.
            rows.forEach(r -> assertThat(fileOfSeries.computeIfAbsent(List.of(r.getString(0), r.getString(2)), k -> file))
                    .isEqualTo(file));
            split.addAll(rows);
        }
        assertThat(split).containsExactlyInAnyOrderElementsOf(whole);
    }

    private static List<Row> rows(SparseTable table, String grain) {
        return counts.of(table).filter(row -> row.getString(0).equals(grain)).collect();
    }

    private static Row competitor(String grain, String period, Object[] pair, long mentions, long documents,
                                  String firstSeen, String evidence) {
        return RowFactory.create(grain, Date.valueOf(period), pair[0], pair[1], pair[2], pair[3], pair[4], mentions,
                documents, Date.valueOf(firstSeen), evidence);
    }

    private static void write(SparkSession spark, String table, StructType schema, List<Row> rows) {
        spark.createDataFrame(rows, schema).write().partitionBy(Tables.BATCH)
                .parquet(output.resolve(table).toString());
    }

    private static Row document(String batch, String docId, String date, String contentHash) {
        return RowFactory.create(docId, "test", "", date(date), 1, 1, 10, 0, 0,
                date == null ? "undated" : "processed", contentHash, "test.jsonl:1", batch);
    }

    private static Row company(String batch, String docId, String date, int sentence, String section, int begin,
                               String surface, String id, String name, String parentId) {
        return mention(batch, docId, date, sentence, section, begin, surface, "COMPANY", id, name, id != null, parentId,
                null);
    }

    /** A mention of France, however it is named. */
    private static Row country(String batch, String docId, String date, int sentence, String section, int begin,
                               String surface) {
        return mention(batch, docId, date, sentence, section, begin, surface, "REGION", "FR", "France", true, null, "FR");
    }

    private static Row mention(String batch, String docId, String date, int sentence, String section, int begin,
                               String surface, String type, String id, String name, boolean resolved, String parentId,
                               String countryCode) {
        return RowFactory.create(docId, date(date), sentence, section, begin, begin + surface.length(), surface, type,
                id, name, resolved, parentId, parentId == null ? null : "Amazon", countryCode, null, null,
                countryCode == null && type.equals("REGION") ? name : null, batch);
    }

    private static Row relation(String batch, String docId, String date) {
        return RowFactory.create(docId, date(date), 0, "body", "COMPETITOR", "AMD", "Nvidia", "Q128896", "Q182477",
                "competes with", 0.9, "AMD competes with Nvidia.", batch);
    }

    private static Date date(String date) {
        return date == null ? null : Date.valueOf(date);
    }
}
