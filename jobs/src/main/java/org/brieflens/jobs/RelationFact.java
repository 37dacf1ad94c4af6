package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/** The columns of a {@code relations} row that the trend tables count, read by {@link #COLUMNS}. */
record RelationFact(LocalDate date, String relationType, String companyA, String companyB, String companyAId,
                    String companyBId) implements Serializable {
    static final String[] COLUMNS = {"batch", "doc_id", "published_date", "relation_type", "company_a", "company_b",
        "company_a_id", "company_b_id"};

    /** A row of the columns {@link #COLUMNS}, in that order, keyed by its document. */
    static Tuple2<DocumentKey, RelationFact> of(Row row) {
        return new Tuple2<>(new DocumentKey(row.getString(0), row.getString(1)), new RelationFact(
                row.isNullAt(2) ? null : SparseCounts.date(row.get(2)), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7)));
    }
}
