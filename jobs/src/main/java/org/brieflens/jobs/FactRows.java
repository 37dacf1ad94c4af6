package org.brieflens.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Rejection;
import org.brieflens.extract.ExtractedDocument;
import org.brieflens.extract.Mention;
import org.brieflens.extract.Relation;
import org.brieflens.extract.amount.Amount;
import org.brieflens.resolve.CountryRegions;

/** Rows of the fact tables, in the column order of {@link Tables}. */
final class FactRows {
    static final String PROCESSED = "processed";
    static final String UNDATED = "undated";
    static final String DUPLICATE = "duplicate";

    private FactRows() {
    }

    static Row document(ExtractedDocument doc, String batch) {
        Brief brief = doc.brief();
        return RowFactory.create(brief.docId(), brief.source(), brief.title(), brief.publishedDate(),
                brief.sectionCount(), doc.sentenceCount(), doc.tokenCount(), doc.mentions().size(),
                doc.relations().size(), brief.dated() ? PROCESSED : UNDATED, brief.contentHash(), brief.origin(), batch);
    }

    static List<Row> mentions(ExtractedDocument doc, String batch) {
        Brief brief = doc.brief();
        CountryRegions m49 = CountryRegions.packaged();
        List<Row> rows = new ArrayList<>(doc.mentions().size());
        for (Mention m : doc.mentions()) {
            rows.add(RowFactory.create(brief.docId(), brief.publishedDate(), m.sentenceIndex(), m.section().code(),
                    m.charBegin(), m.charEnd(), m.surface(), m.type().name(), m.entityId(), m.entityName(),
                    m.resolved(), m.parentId(), m.parentName(), m.countryCode(), m49.region(m.countryCode()),
                    m49.subregion(m.countryCode()), m.macroRegion(), batch));
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

    /**
     * Pairs of distinct companies named in one document (a product counts for its owner), each
     * pair once, company A the one whose name sorts first. For network analysis; not an assertion.
     */
    static List<Row> coMentions(ExtractedDocument doc, String batch) {
        List<CompanyCount> sorted = companies(doc);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                CompanyCount a = sorted.get(i);
                CompanyCount b = sorted.get(j);
                rows.add(RowFactory.create(doc.brief().docId(), doc.brief().publishedDate(), a.name, b.name, a.id, b.id,
                        a.count, b.count, batch));
            }
        }
        return rows;
    }

    /** Number of {@link #coMentions} rows of a document. */
    static long coMentionCount(ExtractedDocument doc) {
        long companies = companies(doc).size();
        return companies * (companies - 1) / 2;
    }

    /** Distinct companies of a document with their mention counts, sorted by name then id. */
    private static List<CompanyCount> companies(ExtractedDocument doc) {
        Map<String, CompanyCount> companies = new TreeMap<>();
        for (Mention m : doc.mentions()) {
            if (m.type().company()) {
                companies.computeIfAbsent(m.entityKey(), k -> new CompanyCount(m.entityId(), m.entityName())).count++;
            }
        }
        return companies.values().stream()
                .sorted(Comparator.comparing((CompanyCount c) -> c.name).thenComparing(c -> String.valueOf(c.id))).toList();
    }

    static List<Row> amounts(ExtractedDocument doc, String batch) {
        Brief brief = doc.brief();
        List<Row> rows = new ArrayList<>(doc.amounts().size());
        for (Amount a : doc.amounts()) {
            rows.add(RowFactory.create(brief.docId(), brief.publishedDate(), a.sentenceIndex(), a.section().code(),
                    a.charBegin(), a.charEnd(), a.surface(), a.kind(), a.value(), a.currency(), a.direction(), a.basis(),
                    a.period(), a.metric(), a.companyId(), a.companyName(), a.evidence(), batch));
        }
        return rows;
    }

    static Row rejected(Rejection rejection, String batch) {
        return RowFactory.create(rejection.origin(), rejection.docId(), rejection.reason().code(), rejection.detail(), batch);
    }

    /** Mentions of one company in a document. */
    private static final class CompanyCount {
        final String id;
        final String name;
        int count;

        CompanyCount(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
