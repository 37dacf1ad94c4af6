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
    static final String COMPANY_TRENDS = "company_trends";
    static final String REGION_TRENDS = "region_trends";
    static final String COMPETITOR_TRENDS = "competitor_trends";

    /** Every output table, fact tables first, in the order summaries list them. */
    static final List<String> ALL = List.of(DOCUMENTS, MENTIONS, RELATIONS, CO_MENTIONS, REJECTED,
            COMPANY_TRENDS, REGION_TRENDS, COMPETITOR_TRENDS);

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

    static final StructType REJECTED_SCHEMA = schema(
            required("source", StringType), optional("doc_id", StringType), required("reason", StringType),
            required("detail", StringType), required(BATCH, StringType));

    static final StructType COMPANY_TRENDS_SCHEMA = schema(
            required(GRAIN, StringType), required("period_start", DateType), required("company_id", StringType),
            required("company_name", StringType), optional("parent_id", StringType), required("resolved", BooleanType),
            required("mentions", LongType), required("documents", LongType), required("share_of_voice", DoubleType));

    static final StructType REGION_TRENDS_SCHEMA = schema(
            required(GRAIN, StringType), required("period_start", DateType), required("region_type", StringType),
            required("region_id", StringType), required("region_name", StringType), optional("country_code", StringType),
            optional("macro_region", StringType), required("mentions", LongType), required("documents", LongType),
            required("share_of_voice", DoubleType));

    static final StructType COMPETITOR_TRENDS_SCHEMA = schema(
            required(GRAIN, StringType), required("period_start", DateType), required("relation_type", StringType),
            required("company_a", StringType), required("company_b", StringType),
            optional("company_a_id", StringType), optional("company_b_id", StringType),
            required("mentions", LongType), required("documents", LongType), required("share_of_voice", DoubleType));

    private Tables() {
    }

    /** The schema of a table by name. */
    static StructType schemaOf(String table) {
        return switch (table) {
            case DOCUMENTS -> DOCUMENTS_SCHEMA;
            case MENTIONS -> MENTIONS_SCHEMA;
            case RELATIONS -> RELATIONS_SCHEMA;
            case CO_MENTIONS -> CO_MENTIONS_SCHEMA;
            case REJECTED -> REJECTED_SCHEMA;
            case COMPANY_TRENDS -> COMPANY_TRENDS_SCHEMA;
            case REGION_TRENDS -> REGION_TRENDS_SCHEMA;
            case COMPETITOR_TRENDS -> COMPETITOR_TRENDS_SCHEMA;
            default -> throw new IllegalArgumentException("no table named " + table);
        };
    }

    private static StructType schema(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField required(String name, DataType type) {
        return new StructField(name, type, false, Metadata.empty());
    }

    private static StructField optional(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
