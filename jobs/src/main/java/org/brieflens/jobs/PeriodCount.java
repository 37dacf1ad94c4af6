package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The counts of one entity in one period of a trend table, as they add up fact row by fact row.
 * Made by the factories below for a single row, then merged: merging is associative and
 * commutative, so the result does not depend on how Spark partitions or orders the rows.
 *
 * <p>Attributes (names and ids that describe the entity) are the smallest non-null value seen, in
 * {@link SqlOrder}: deterministic, and on real data the same as any other pick, because the
 * fact tables carry one canonical value per entity (the exception: an unresolved company whose
 * parent was inferred for some of its mentions only, which then gets that parent).
 */
final class PeriodCount implements Serializable {
    private long mentions;
    private long directMentions;
    private long mentionsWhatsNext;
    private long mentionsTitle;
    private final Set<DocumentKey> documents = new HashSet<>(2);
    /** Distinct companies (of a parent group); empty for other tables. */
    private final Set<String> companies = new HashSet<>(2);
    private final String[] attributes;
    /** The earliest date of the rows, and the smallest doc_id among the rows of that date. */
    private LocalDate firstSeen;
    private String evidenceDocId;

    private PeriodCount(DocumentKey document, String... attributes) {
        this.mentions = 1;
        this.documents.add(document);
        this.attributes = attributes;
    }

    /**
     * One mention of an entity.
     *
     * @param direct whether it names the entity itself (for a macro region: not one of its countries)
     */
    static PeriodCount mention(DocumentKey document, String section, boolean direct, String... attributes) {
        PeriodCount count = new PeriodCount(document, attributes);
        count.directMentions = direct ? 1 : 0;
        count.mentionsWhatsNext = section.equals("whats_next") ? 1 : 0;
        count.mentionsTitle = section.equals("title") || section.equals("lead") ? 1 : 0;
        return count;
    }

    /** One mention of a company of a group, counting the company among the group's. */
    static PeriodCount groupMention(DocumentKey document, String section, String companyId, String... attributes) {
        PeriodCount count = mention(document, section, true, attributes);
        count.companies.add(companyId);
        return count;
    }

    /** One sentence naming an entity, whatever it says (no section counts). */
    static PeriodCount sentence(DocumentKey document, String... attributes) {
        return new PeriodCount(document, attributes);
    }

    /** One relation row asserted on {@code date}. */
    static PeriodCount relation(DocumentKey document, LocalDate date, String... attributes) {
        PeriodCount count = new PeriodCount(document, attributes);
        count.firstSeen = date;
        count.evidenceDocId = document.docId();
        return count;
    }

    /** Adds the other's rows to these; returns this. */
    PeriodCount merge(PeriodCount other) {
        mentions += other.mentions;
        directMentions += other.directMentions;
        mentionsWhatsNext += other.mentionsWhatsNext;
        mentionsTitle += other.mentionsTitle;
        documents.addAll(other.documents);
        companies.addAll(other.companies);
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = SqlOrder.minNonNull(attributes[i], other.attributes[i]);
        }
        if (other.firstSeen != null && (firstSeen == null || other.firstSeen.isBefore(firstSeen))) {
            firstSeen = other.firstSeen;
            evidenceDocId = other.evidenceDocId;
        } else if (other.firstSeen != null && other.firstSeen.equals(firstSeen)) {
            evidenceDocId = SqlOrder.minNonNull(evidenceDocId, other.evidenceDocId);
        }
        return this;
    }

    long mentions() {
        return mentions;
    }

    long directMentions() {
        return directMentions;
    }

    long mentionsWhatsNext() {
        return mentionsWhatsNext;
    }

    long mentionsTitle() {
        return mentionsTitle;
    }

    /** Distinct documents, by (batch, doc_id). */
    long documents() {
        return documents.size();
    }

    long companies() {
        return companies.size();
    }

    String attribute(int index) {
        return attributes[index];
    }

    LocalDate firstSeen() {
        return firstSeen;
    }

    String evidenceDocId() {
        return evidenceDocId;
    }
}
