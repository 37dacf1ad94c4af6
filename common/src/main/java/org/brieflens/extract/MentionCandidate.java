package org.brieflens.extract;

import org.brieflens.nlp.Sentence;
import org.brieflens.resolve.Company;
import org.brieflens.resolve.CompanyMatch;
import org.brieflens.resolve.CompanyNames;
import org.brieflens.resolve.Region;

/**
 * A possible mention and its rank; a blocker (null mention) claims its span without a mention.
 * Lower ranks win overlaps: what the document itself defines ("Long Name (ACR)") first, then a
 * resolved company, an organisation span of the NER (so "China" in an unknown "China Xyz
 * Airlines" is not a region), a resolved region, and the rest.
 */
record MentionCandidate(TokenSpan span, int rank, Mention mention) {
    static final int DEFINED = 0;
    static final int RESOLVED_COMPANY = 1;
    static final int UNRESOLVED_ORGANIZATION = 2;
    static final int RESOLVED_REGION = 3;
    static final int UNRESOLVED_OTHER = 4;

    static MentionCandidate company(TokenSpan span, CompanyMatch match) {
        return company(span, match, RESOLVED_COMPANY);
    }

    static MentionCandidate company(TokenSpan span, CompanyMatch match, int rank) {
        EntityType type = match.product() ? EntityType.PRODUCT : EntityType.COMPANY;
        Company parent = match.parent();
        return new MentionCandidate(span, rank, mention(span, type, match.company().id(), match.company().name(), true,
                parent == null ? null : parent.id(), parent == null ? null : parent.name(), null, null));
    }

    static MentionCandidate region(TokenSpan span, Region region) {
        return new MentionCandidate(span, RESOLVED_REGION, mention(span, EntityType.REGION, region.id(), region.name(),
                true, null, null, region.countryCode(), region.macroRegion() ? region.name() : null));
    }

    static MentionCandidate unresolved(TokenSpan span, EntityType type, int rank) {
        String name = type == EntityType.COMPANY ? CompanyNames.display(span.surface()) : span.surface();
        return new MentionCandidate(span, rank, mention(span, type, null, name, false, null, null, null, null));
    }

    /** An unresolved company under a given name, with a parent when it is a known company's unit. */
    static MentionCandidate namedCompany(TokenSpan span, String name, Company parent, int rank) {
        return new MentionCandidate(span, rank, mention(span, EntityType.COMPANY, null, name, false,
                parent == null ? null : parent.id(), parent == null ? null : parent.name(), null, null));
    }

    static MentionCandidate blocker(TokenSpan span) {
        return blocker(span, UNRESOLVED_ORGANIZATION);
    }

    static MentionCandidate blocker(TokenSpan span, int rank) {
        return new MentionCandidate(span, rank, null);
    }

    boolean blocker() {
        return mention == null;
    }

    boolean company() {
        return mention != null && mention.type().company();
    }

    /** The same entity (or the same blocking) on another span, at another rank. */
    MentionCandidate on(TokenSpan other, int otherRank) {
        return new MentionCandidate(other, otherRank, mention == null ? null : relocate(mention, other));
    }

    /** A mention of another entity at the same place. */
    static Mention relocate(Mention m, TokenSpan span) {
        return mention(span, m.type(), m.entityId(), m.entityName(), m.resolved(), m.parentId(), m.parentName(),
                m.countryCode(), m.macroRegion());
    }

    private static Mention mention(TokenSpan span, EntityType type, String id, String name, boolean resolved,
                                   String parentId, String parentName, String country, String macro) {
        Sentence s = span.sentence();
        return new Mention(s.index(), s.section(), span.begin(), span.end(), span.written(), type, id, name,
                resolved, parentId, parentName, country, macro);
    }
}
