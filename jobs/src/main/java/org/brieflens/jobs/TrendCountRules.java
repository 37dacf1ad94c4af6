package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counting rules of the trend tables, all in one place: what each fact row of a counted
 * document adds to the sparse counts of {@link SparseTable}, in every grain. A fact row counts in
 * the period that holds its published_date.
 *
 * <ul>
 * <li>company: every COMPANY or PRODUCT mention, by company id (its name when unresolved) and
 *     whether it is resolved;</li>
 * <li>parent: the same mentions, by the company's top-level parent in the gazetteer (the company
 *     itself when it has none or is unresolved), counting the distinct companies too;</li>
 * <li>region: every country mention, once for its country and once for each macro region the
 *     country belongs to; every resolved region mention without a country (a macro region named
 *     as such) for that macro region, as a direct mention;</li>
 * <li>company-region: every sentence naming a company and a country, once per distinct company
 *     (id and name) and country of the sentence;</li>
 * <li>competitor: every relation row, by relation type and company pair.</li>
 * </ul>
 */
final class TrendCountRules implements Serializable {
    private final EntityRollups rollups;

    TrendCountRules(EntityRollups rollups) {
        this.rollups = rollups;
    }

    /** The sparse counts of one counted document, every row merged per key. */
    Map<CountKey, PeriodCount> count(DocumentKey document, Iterable<MentionFact> mentions,
                                     Iterable<RelationFact> relations) {
        Counts counts = new Counts();
        for (String grain : TrendPeriods.GRAINS) {
            Map<Integer, Sentence> sentences = new HashMap<>();
            for (MentionFact mention : mentions) {
                if (mention.date() == null) {
                    continue; // never so for a counted document: fact rows carry its date
                }
                LocalDate period = TrendPeriods.start(grain, mention.date());
                if (mention.isCompany()) {
                    company(document, grain, period, mention, counts);
                } else if (mention.isCountry()) {
                    country(document, grain, period, mention, counts);
                } else if (mention.isMacroRegion()) {
                    counts.add(SparseTable.REGION.key(grain, period, "macro_region", mention.entityId()),
                            PeriodCount.mention(document, mention.section(), true, mention.entityName()));
                }
                if (mention.isCompany() || mention.isCountry()) {
                    sentences.computeIfAbsent(mention.sentenceIndex(), i -> new Sentence()).add(mention, period);
                }
            }
            for (Sentence sentence : sentences.values()) {
                sentence.count(document, grain, counts);
            }
            for (RelationFact relation : relations) {
                if (relation.date() != null) {
                    counts.add(SparseTable.COMPETITOR.key(grain, TrendPeriods.start(grain, relation.date()),
                                    relation.relationType(), relation.companyA(), relation.companyB()),
                            PeriodCount.relation(document, relation.date(), relation.companyAId(),
                                    relation.companyBId()));
                }
            }
        }
        return counts.byKey;
    }

    private void company(DocumentKey document, String grain, LocalDate period, MentionFact mention, Counts counts) {
        String companyId = mention.companyId();
        counts.add(SparseTable.COMPANY.key(grain, period, companyId, mention.entityId() != null),
                PeriodCount.mention(document, mention.section(), true, mention.entityName(), mention.parentId()));
        EntityRollups.Entity root = rollups.root(mention.entityId());
        counts.add(SparseTable.PARENT.key(grain, period, root != null ? root.id() : companyId),
                PeriodCount.groupMention(document, mention.section(), companyId,
                        root != null ? root.name() : mention.entityName()));
    }

    private void country(DocumentKey document, String grain, LocalDate period, MentionFact mention, Counts counts) {
        counts.add(SparseTable.REGION.key(grain, period, "country", mention.countryCode()),
                PeriodCount.mention(document, mention.section(), true, mention.entityName()));
        for (EntityRollups.Entity macro : rollups.macroRegionsOf(mention.countryCode())) {
            counts.add(SparseTable.REGION.key(grain, period, "macro_region", macro.id()),
                    PeriodCount.mention(document, mention.section(), false, macro.name()));
        }
    }

    /** The distinct companies (with the period of their mention) and countries named in one sentence. */
    private static final class Sentence {
        private record Company(String id, String name, LocalDate period) {
        }

        private final Set<Company> companies = new LinkedHashSet<>();
        private final Set<String> countries = new LinkedHashSet<>();

        void add(MentionFact mention, LocalDate period) {
            if (mention.isCompany()) {
                companies.add(new Company(mention.companyId(), mention.entityName(), period));
            } else {
                countries.add(mention.countryCode());
            }
        }

        void count(DocumentKey document, String grain, Counts counts) {
            for (Company company : companies) {
                for (String country : countries) {
                    counts.add(SparseTable.COMPANY_REGION.key(grain, company.period(), company.id(), country),
                            PeriodCount.sentence(document, company.name()));
                }
            }
        }
    }

    /** Counts merged per key. */
    private static final class Counts {
        private final Map<CountKey, PeriodCount> byKey = new HashMap<>();

        void add(CountKey key, PeriodCount count) {
            byKey.merge(key, count, PeriodCount::merge);
        }
    }
}
