package org.brieflens.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every output table, declared once. Column meanings are documented in
 * docs/tables.md. Fact tables carry the {@code batch} partition column last; trend tables lead with
 * {@code grain}.
 */
final class Tables {
    static final String BATCH = "batch";
    static final String GRAIN = "grain";

    static final String DOCUMENTS = "documents";
    static final String MENTIONS = "mentions";
    static final String RELATIONS = "relations";
    static final String REJECTED = "rejected";
    static final String CO_MENTIONS = "co_mentions";
    static final String AMOUNTS = "amounts";
    static final String COMPANY_TRENDS = "company_trends";
    static final String REGION_TRENDS = "region_trends";
    static final String COMPETITOR_TRENDS = "competitor_trends";
    static final String PARENT_TRENDS = "parent_trends";
    static final String COMPANY_REGION_TRENDS = "company_region_trends";
    static final String TRENDING = "trending";

    /** Every output table, fact tables first, in the order summaries list them. */
    static final List<String> ALL = List.of(DOCUMENTS, MENTIONS, RELATIONS, CO_MENTIONS, AMOUNTS, REJECTED,
            COMPANY_TRENDS, PARENT_TRENDS, REGION_TRENDS, COMPANY_REGION_TRENDS, COMPETITOR_TRENDS, TRENDING);

    static final StructType DOCUMENTS_SCHEMA = schema(
            required("doc_id", StringType), optional("source", StringType), required("title", StringType),
            optional("published_date", DateType), required("section_count", IntegerType),
            required("sentence_count", IntegerType), required("token_count", IntegerType),
            required("mention_count", IntegerType), required("relation_count", IntegerType),
            required("status", StringType), required("content_hash", StringType), required("origin", StringType),
            required(BATCH, StringType));

    static final StructType MENTIONS_SCHEMA = schema(
            required("doc_id", StringType), optional("published_date", DateType),
            required("sentence_index", IntegerType), required("section", StringType),
            required("char_begin", IntegerType), required("char_end", IntegerType), required("surface", StringType),
            required("entity_type", StringType), optional("entity_id", StringType), required("entity_name", StringType),
            required("resolved", BooleanType), optional("parent_id", StringType), optional("parent_name", StringType),
            optional("country_code", StringType), optional("m49_region", StringType),
            optional("m49_subregion", StringType), optional("macro_region", StringType), required(BATCH, StringType));

    static final StructType RELATIONS_SCHEMA = schema(
            required("doc_id", StringType), optional("published_date", DateType),
            required("sentence_index", IntegerType), required("section", StringType),
            required("relation_type", StringType), required("company_a", StringType), required("company_b", StringType),
            optional("company_a_id", StringType), optional("company_b_id", StringType), required("cue", StringType),
            required("confidence", DoubleType), required("evidence", StringType), required(BATCH, StringType));

    static final StructType CO_MENTIONS_SCHEMA = schema(
            required("doc_id", StringType), optional("published_date", DateType),
            required("company_a", StringType), required("company_b", StringType),
            optional("company_a_id", StringType), optional("company_b_id", StringType),
            required("mentions_a", IntegerType), required("mentions_b", IntegerType), required(BATCH, StringType));

    static final StructType AMOUNTS_SCHEMA = schema(
            required("doc_id", StringType), optional("published_date", DateType),
            required("sentence_index", IntegerType), required("section", StringType),
            required("char_begin", IntegerType), required("char_end", IntegerType), required("surface", StringType),
            required("kind", StringType), optional("value", DoubleType), optional("currency", StringType),
            optional("direction", StringType), optional("basis", StringType), optional("period", StringType),
            optional("metric", StringType), optional("company_id", StringType), optional("company_name", StringType),
            required("evidence", StringType), required(BATCH, StringType));

    static final StructType REJECTED_SCHEMA = schema(
            required("source", StringType), optional("doc_id", StringType), required("reason", StringType),
            required("detail", StringType), required(BATCH, StringType));

    static final StructType COMPANY_TRENDS_SCHEMA = trend(
            fields(required("company_id", StringType), required("company_name", StringType),
                    optional("parent_id", StringType), required("resolved", BooleanType)),
            counts("mentions", "documents", "mentions_whats_next", "mentions_title"));

    static final StructType PARENT_TRENDS_SCHEMA = trend(
            fields(required("parent_id", StringType), required("parent_name", StringType)),
            counts("mentions", "documents", "companies", "mentions_whats_next", "mentions_title"));

    static final StructType REGION_TRENDS_SCHEMA = trend(
            fields(required("region_type", StringType), required("region_id", StringType),
                    required("region_name", StringType)),
            counts("mentions", "direct_mentions", "documents", "mentions_whats_next", "mentions_title"));

    static final StructType COMPANY_REGION_TRENDS_SCHEMA = trend(
            fields(required("company_id", StringType), required("company_name", StringType),
                    required("country_code", StringType)),
            counts("mentions", "documents"));

    static final StructType COMPETITOR_TRENDS_SCHEMA = trend(
            fields(required("relation_type", StringType), required("company_a", StringType),
                    required("company_b", StringType), optional("company_a_id", StringType),
                    optional("company_b_id", StringType)),
            concat(counts("mentions", "documents"),
                    fields(required("first_seen", DateType), optional("evidence_doc_id", StringType))));

    static final StructType TRENDING_SCHEMA = schema(
            required(GRAIN, StringType), required("period_start", DateType), required("entity_type", StringType),
            required("entity_id", StringType), required("entity_name", StringType),
            required("short_mentions", LongType), required("long_mentions", LongType),
            required("short_periods", IntegerType), required("long_periods", IntegerType),
            required("short_rate", DoubleType), required("long_rate", DoubleType), required("score", DoubleType),
            required("rank", IntegerType));

    private Tables() {
    }

    /** The schema of a table by name. */
    static StructType schemaOf(String table) {
        return switch (table) {
            case DOCUMENTS -> DOCUMENTS_SCHEMA;
            case MENTIONS -> MENTIONS_SCHEMA;
            case RELATIONS -> RELATIONS_SCHEMA;
            case CO_MENTIONS -> CO_MENTIONS_SCHEMA;
            case AMOUNTS -> AMOUNTS_SCHEMA;
            case REJECTED -> REJECTED_SCHEMA;
            case COMPANY_TRENDS -> COMPANY_TRENDS_SCHEMA;
            case REGION_TRENDS -> REGION_TRENDS_SCHEMA;
            case COMPETITOR_TRENDS -> COMPETITOR_TRENDS_SCHEMA;
            case PARENT_TRENDS -> PARENT_TRENDS_SCHEMA;
            case COMPANY_REGION_TRENDS -> COMPANY_REGION_TRENDS_SCHEMA;
            case TRENDING -> TRENDING_SCHEMA;
            default -> throw new IllegalArgumentException("no table named " + table);
        };
    }

    private static StructType schema(StructField... fields) {
        return new StructType(fields);
    }

    /** A trend table: grain and period, the entity's columns, its counts, then the shared metrics. */
    private static StructType trend(StructField[] entity, StructField[] counts) {
        StructField[] head = fields(required(GRAIN, StringType), required("period_start", DateType));
        StructField[] metrics = fields(required("share_of_voice", DoubleType), optional("change", LongType),
                optional("change_pct", DoubleType), required("rolling_mean_4", DoubleType),
                optional("z_score_8", DoubleType), optional("rank", IntegerType), optional("rank_change", IntegerType));
        return new StructType(concat(concat(head, entity), concat(counts, metrics)));
    }

    private static StructField[] fields(StructField... fields) {
        return fields;
    }

    private static StructField[] counts(String... names) {
        return java.util.Arrays.stream(names).map(n -> required(n, LongType)).toArray(StructField[]::new);
    }

    private static StructField[] concat(StructField[] a, StructField[] b) {
        StructField[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static StructField required(String name, DataType type) {
        return new StructField(name, type, false, Metadata.empty());
    }

    private static StructField optional(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
