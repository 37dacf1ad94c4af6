package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/** The columns of a {@code mentions} row that the trend tables count, read by {@link #COLUMNS}. */
record MentionFact(LocalDate date, int sentenceIndex, String section, String entityType, String entityId,
                   String entityName, boolean resolved, String parentId, String countryCode) implements Serializable {
    static final String[] COLUMNS = {"batch", "doc_id", "published_date", "sentence_index", "section", "entity_type",
        "entity_id", "entity_name", "resolved", "parent_id", "country_code"};

    /** A row of the columns {@link #COLUMNS}, in that order, keyed by its document. */
    static Tuple2<DocumentKey, MentionFact> of(Row row) {
        return new Tuple2<>(new DocumentKey(row.getString(0), row.getString(1)), new MentionFact(
                row.isNullAt(2) ? null : SparseCounts.date(row.get(2)), row.getInt(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getBoolean(8), row.getString(9),
                row.getString(10)));
    }

    /** A company, or a product standing for its owner. */
    boolean isCompany() {
        return entityType.equals("COMPANY") || entityType.equals("PRODUCT");
    }

    /** A region naming a country (directly, or by a demonym, city or state). */
    boolean isCountry() {
        return entityType.equals("REGION") && countryCode != null;
    }

    /** A region of the gazetteer that is not a country: a macro region named as such. */
    boolean isMacroRegion() {
        return entityType.equals("REGION") && resolved && countryCode == null;
    }

    /** The company's id; for a company outside the gazetteer its name. */
    String companyId() {
        return entityId != null ? entityId : entityName;
    }
}
