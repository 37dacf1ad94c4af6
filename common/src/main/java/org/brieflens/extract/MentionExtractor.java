package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyMatch;
import org.brieflens.resolve.CompanyNames;
import org.brieflens.resolve.Region;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Finds the company, product, region and person mentions of a sentence. Candidates come from two
 * places: the NER's entity spans, and a scan of the tokens for gazetteer surfaces (which finds
 * companies and places the CRF misses, and demonyms it never tags). Overlapping candidates are
 * settled by rank: a resolved company wins, then an organisation span of the NER (so "China" in an
 * unknown "China Xyz Airlines" is not a region), then a resolved region, then the rest; within a
 * rank the longer span wins.
 *
 * <p>An organisation the gazetteer does not know is a company unless it is a listed non-company,
 * also after a place that qualifies it ("U.S. Department of Justice"); such a span claims its
 * tokens without a mention. A place the NER found in capitals ("TOKYO" in a dateline) is also
 * looked up capitalised, and a scanned region leaves a leading "the" out of its surface.
 */
public final class MentionExtractor {
    private static final Set<String> ORGANIZATION_TAGS = Set.of("ORGANIZATION");
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> PERSON_TAGS = Set.of("PERSON");
    private static final int MAX_SCAN_TOKENS = 8;

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final ScanExclusions exclusions;

    public MentionExtractor(CompanyGazetteer companies, RegionGazetteer regions, ScanExclusions exclusions) {
        this.companies = companies;
        this.regions = regions;
        this.exclusions = exclusions;
    }

    /** The extractor over the packaged gazetteers, built once per JVM. */
    public static MentionExtractor packaged() {
        return Holder.INSTANCE;
    }

    /** Mentions of every sentence of a document: element i holds sentence i's mentions, in text order. */
    public List<List<Mention>> extract(List<Sentence> sentences) {
        return sentences.stream().map(this::extract).toList();
    }

    /** Mentions of one sentence, in text order. */
    public List<Mention> extract(Sentence sentence) {
        List<Candidate> candidates = new ArrayList<>();
        nerSpans(sentence).forEach(span -> fromNer(span).ifPresent(candidates::add));
        scan(sentence, candidates);
        return select(candidates);
    }

    private List<TokenSpan> nerSpans(Sentence sentence) {
        List<TokenSpan> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tokens.get(i).ner())) {
                j++;
            }
            if (tokens.get(i).entity()) {
                spans.add(TokenSpan.of(sentence, i, j));
            }
            i = j + 1;
        }
        return spans;
    }

    private Optional<Candidate> fromNer(TokenSpan span) {
        String tag = span.sentence().tokens().get(span.first()).ner();
        Optional<Candidate> company = companies.resolve(span.surface()).map(m -> Candidate.company(span, m));
        if (ORGANIZATION_TAGS.contains(tag)) {
            return company.or(() -> region(span).map(r -> Candidate.region(span, r)))
                    .or(() -> Optional.of(organisation(span)));
        }
        if (LOCATION_TAGS.contains(tag)) {
            return region(span).map(r -> Candidate.region(span, r))
                    .or(() -> Optional.of(Candidate.unresolved(span, EntityType.REGION, Candidate.UNRESOLVED_OTHER)));
        }
        if (PERSON_TAGS.contains(tag)) {
            return company.or(() -> Optional.of(Candidate.unresolved(span, EntityType.PERSON, Candidate.UNRESOLVED_OTHER)));
        }
        return company;
    }

    /**
     * The region a span of the NER names. A place in capitals that is not listed so ("TOKYO" in a
     * dateline) is looked up in its capitalised form.
     */
    private Optional<Region> region(TokenSpan span) {
        String surface = span.surface();
        Optional<Region> region = regions.lookup(surface);
        if (region.isEmpty() && inCapitals(surface)) {
            region = regions.lookup(capitalised(surface));
        }
        return region;
    }

    /**
     * An organisation the gazetteer does not know: a company unless it is evidently not one, also
     * when a place qualifies it ("U.S. Department of Justice", "EU Commission").
     */
    private Candidate organisation(TokenSpan span) {
        return companies.notCompany(span.surface()) || qualifiedNotCompany(span)
                ? Candidate.blocker(span)
                : Candidate.unresolved(span, EntityType.COMPANY, Candidate.UNRESOLVED_ORGANIZATION);
    }

    private boolean qualifiedNotCompany(TokenSpan span) {
        for (int split = span.first(); split < span.last(); split++) {
            TokenSpan place = TokenSpan.of(span.sentence(), span.first(), split);
            if (regions.lookup(place.surface()).isPresent()
                    && companies.notCompany(TokenSpan.of(span.sentence(), split + 1, span.last()).surface())) {
                return true;
            }
        }
        return false;
    }

    /** Adds every gazetteer surface found in the tokens, longest first at each position. */
    private void scan(Sentence sentence, List<Candidate> candidates) {
        int size = sentence.tokens().size();
        for (int first = 0; first < size; first++) {
            for (int last = Math.min(size, first + MAX_SCAN_TOKENS) - 1; last >= first; last--) {
                TokenSpan span = TokenSpan.of(sentence, first, last);
                Optional<Candidate> found = scanMatch(span);
                if (found.isPresent()) {
                    candidates.add(found.get());
                    break;
                }
            }
        }
    }

    private Optional<Candidate> scanMatch(TokenSpan span) {
        Optional<CompanyMatch> company = companies.exact(span.surface());
        if (company.isPresent() && !exclusions.needsNer(span, company.get())) {
            return Optional.of(Candidate.company(span, company.get()));
        }
        return regions.lookup(span.surface()).filter(r -> !exclusions.ambiguousRegion(span))
                .filter(r -> !leadingArticle(span) || regions.surfaces().contains(span.surface()))
                .map(r -> Candidate.region(span, r));
    }

    /**
     * Whether a span of several tokens starts with "the". The scan leaves the article out of a
     * region's surface ("in the U.S." gives "U.S."), unless the gazetteer lists the name with it
     * ("The Hague").
     */
    private static boolean leadingArticle(TokenSpan span) {
        return span.length() > 1 && span.sentence().tokens().get(span.first()).text().equalsIgnoreCase("the");
    }

    private static boolean inCapitals(String surface) {
        return surface.chars().filter(Character::isLetter).count() > 1
                && surface.chars().noneMatch(Character::isLowerCase);
    }

    /** "SAN FRANCISCO" as "San Francisco": each word capitalised, the rest in lower case. */
    private static String capitalised(String surface) {
        StringBuilder out = new StringBuilder(surface.length());
        boolean wordStart = true;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static List<Mention> select(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::rank)
                .thenComparing(c -> -c.span().length())
                .thenComparingInt(c -> c.span().first()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        return chosen.stream()
                .filter(c -> c.mention() != null)
                .sorted(Comparator.comparingInt(c -> c.span().first()))
                .map(Candidate::mention)
                .toList();
    }

    /** Lazy per-JVM holder. */
    private static final class Holder {
        static final MentionExtractor INSTANCE = new MentionExtractor(
                CompanyGazetteer.packaged(), RegionGazetteer.packaged(), ScanExclusions.packaged());
    }

    /** A possible mention and its rank; a blocker (null mention) claims its span without a mention. */
    private record Candidate(TokenSpan span, int rank, Mention mention) {
        static final int RESOLVED_COMPANY = 0;
        static final int UNRESOLVED_ORGANIZATION = 1;
        static final int RESOLVED_REGION = 2;
        static final int UNRESOLVED_OTHER = 3;

        static Candidate company(TokenSpan span, CompanyMatch match) {
            EntityType type = match.product() ? EntityType.PRODUCT : EntityType.COMPANY;
            String parentId = match.parent() == null ? null : match.parent().id();
            String parentName = match.parent() == null ? null : match.parent().name();
            return new Candidate(span, RESOLVED_COMPANY, mention(span, type, match.company().id(),
                    match.company().name(), true, parentId, parentName, null, null));
        }

        static Candidate region(TokenSpan span, Region region) {
            return new Candidate(span, RESOLVED_REGION, mention(span, EntityType.REGION, region.id(), region.name(),
                    true, null, null, region.countryCode(), region.macroRegion() ? region.name() : null));
        }

        static Candidate unresolved(TokenSpan span, EntityType type, int rank) {
            String name = type == EntityType.COMPANY ? CompanyNames.display(span.surface()) : span.surface();
            return new Candidate(span, rank, mention(span, type, null, name, false, null, null, null, null));
        }

        static Candidate blocker(TokenSpan span) {
            return new Candidate(span, UNRESOLVED_ORGANIZATION, null);
        }

        private static Mention mention(TokenSpan span, EntityType type, String id, String name, boolean resolved,
                                       String parentId, String parentName, String country, String macro) {
            Sentence s = span.sentence();
            return new Mention(s.index(), s.section(), span.begin(), span.end(), span.written(), type, id, name,
                    resolved, parentId, parentName, country, macro);
        }
    }
}
