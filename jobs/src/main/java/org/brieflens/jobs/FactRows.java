package org.brieflens.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Rejection;
import org.brieflens.extract.ExtractedDocument;
import org.brieflens.extract.Mention;
import org.brieflens.extract.Relation;

/** Rows of the fact tables, in the column order of {@link Tables}. */
final class FactRows {
    static final String PROCESSED = "processed";
    static final String UNDATED = "undated";

    private FactRows() {
    }

    static Row document(ExtractedDocument doc, String batch) {
        Brief brief = doc.brief();
        return RowFactory.create(brief.docId(), brief.source(), brief.title(), brief.publishedDate(),
                brief.sectionCount(), doc.sentenceCount(), doc.tokenCount(), doc.mentions().size(),
                doc.relations().size(), brief.dated() ? PROCESSED : UNDATED, brief.origin(), batch);
    }

    static List<Row> mentions(ExtractedDocument doc, String batch) {
        Brief brief = doc.brief();
        List<Row> rows = new ArrayList<>(doc.mentions().size());
        for (Mention m : doc.mentions()) {
            rows.add(RowFactory.create(brief.docId(), brief.publishedDate(), m.sentenceIndex(), m.section().code(),
                    m.charBegin(), m.charEnd(), m.surface(), m.type().name(), m.entityId(), m.entityName(),
                    m.resolved(), m.parentId(), m.parentName(), m.countryCode(), m.macroRegion(), batch));
        }
        return rows;
    }

    static List<Row> relations(ExtractedDocument doc, String batch) {
        LocalDate date = doc.brief().publishedDate();
        List<Row> rows = new ArrayList<>(doc.relations().size());
        for (Relation r : doc.relations()) {
            rows.add(RowFactory.create(doc.brief().docId(), date, r.sentenceIndex(), r.section().code(), r.type().name(),
                    r.companyAName(), r.companyBName(), r.companyAId(), r.companyBId(), r.cue(), r.confidence(),
                    r.evidence(), batch));
        }
        return rows;
    }

    static Row rejected(Rejection rejection, String batch) {
        return RowFactory.create(rejection.origin(), rejection.docId(), rejection.reason().code(), rejection.detail(), batch);
    }
}
