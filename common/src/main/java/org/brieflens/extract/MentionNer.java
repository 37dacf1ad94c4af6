package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.brieflens.nlp.Sentence;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.Region;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Candidates from the NER's entity spans. An organisation span that runs over two known companies
 * ("Google & Microsoft") or an owner's possessive ("Coastal's Colorado Interstate") is read as two;
 * one after a person's role is a person ("its chief executive Ainum Mohd-Saaid"), or a person of
 * an organisation ("analyst Nick Bubb of Evolution Securities"). Otherwise an organisation span
 * is, in this order: a company the gazetteer resolves; a region; no company
 * ({@link OrganisationJudge}), which claims its tokens without a mention, also against the known
 * names inside it ("Three Gorges Dam", "United Nations"); a known company's unit ("BT Wholesale",
 * {@link OrganisationUnits}); else an unresolved company. A place or person span is a
 * company's unit, or a company where a company noun introduces or describes it ("start-up companies
 * Gizmondo", "auditor Grant Thornton"), else a region or person as tagged.
 */
final class MentionNer {
    private static final Set<String> ORGANIZATION_TAGS = Set.of("ORGANIZATION");
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> PERSON_TAGS = Set.of("PERSON");
    /** Company nouns that also describe people ("games maker Peter Molyneux"): no cue for a person span. */
    private static final Set<String> PERSON_DESCRIPTORS = Set.of("maker", "makers", "rival", "rivals", "competitor",
            "competitors", "publisher", "developer", "owner", "investor", "giant", "giants");

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final OrganisationJudge judge;
    private final OrganisationUnits units;
    private final MentionCueNouns cueNouns;
    private final HeadlineCompanies headlines;
    private final Set<String> personRoles;
    private final Set<String> businessWords;

    MentionNer(CompanyGazetteer companies, RegionGazetteer regions, HeadlineCompanies headlines,
               ScanExclusions exclusions) {
        this.companies = companies;
        this.regions = regions;
        this.judge = new OrganisationJudge(companies, regions, headlines);
        this.units = OrganisationUnits.packaged(companies, regions, exclusions);
        this.cueNouns = MentionCueNouns.packaged();
        this.headlines = headlines;
        this.personRoles = OrganisationJudge.PERSON_ROLES;
        this.businessWords = MentionWords.lowerCase("company_head_words.txt");
    }

    /** Candidates of every entity span of the sentence. */
    void candidates(MentionSentence s, List<MentionCandidate> out) {
        for (Sentence.EntitySpan span : s.sentence().entitySpans()) {
            int i = span.first();
            int j = span.last();
            String tag = span.tag();
            if (ORGANIZATION_TAGS.contains(tag) && afterPersonRole(s, i, j)) {
                person(s, i, j, out);
            } else if (ORGANIZATION_TAGS.contains(tag)) {
                for (int[] part : headlines.organisationParts(s, i, j)) {
                    for (int[] member : members(s, part[0], part[1])) {
                        out.add(organisation(s, member[0], member[1]));
                    }
                }
            } else {
                other(s, i, j, tag).ifPresent(out::add);
            }
        }
    }

    /**
     * An organisation span the NER ran over a coordination of two known companies ("Google &
     * Microsoft", "Electronic Arts and Vivendi") or over an owner and what it owns ("Coastal's
     * Colorado Interstate": a known owner, or two words after the possessive, unlike "Claire's
     * Stores"), as its two parts; else the span itself.
     */
    private List<int[]> members(MentionSentence s, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            String word = s.lower(k);
            if ((word.equals("'s") || word.equals("\u2019s")) && !nonCompany(s, first, last)
                    && (last - k >= 2 || companies.resolve(s.span(first, k - 1).surface()).isPresent())) {
                return List.of(new int[] {first, k - 1}, new int[] {k + 1, last});
            }
            if ((word.equals("and") || word.equals("&")) && companies.resolve(s.span(first, last).surface()).isEmpty()
                    && companies.resolve(s.span(first, k - 1).surface()).isPresent()
                    && companies.resolve(s.span(k + 1, last).surface()).isPresent()) {
                return List.of(new int[] {first, k - 1}, new int[] {k + 1, last});
            }
        }
        return List.<int[]>of(new int[] {first, last});
    }

    /**
     * Whether an organisation span the gazetteer does not know follows a person's role and reads as a
     * person ("its chief executive Ainum Mohd-Saaid") or a person of an organisation ("analyst Nick
     * Bubb of Evolution Securities"). One word after a role is taken for an organisation ("analyst Gartner").
     */
    private boolean afterPersonRole(MentionSentence s, int first, int last) {
        if (first == 0 || s.nameLike(first - 1) || !personRoles.contains(s.lower(first - 1)) || first == last
                || companies.resolve(s.span(first, last).surface()).isPresent()) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (s.lower(i).equals("of")) {
                return i > first && i < last;
            }
            if (businessWords.contains(s.lower(i)) || !s.nameLike(i) && !s.lower(i).equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** A person, and the organisation after "of" ("Nick Bubb of Evolution Securities"), if any. */
    private void person(MentionSentence s, int first, int last, List<MentionCandidate> out) {
        int end = last;
        for (int i = first; i <= last; i++) {
            if (s.lower(i).equals("of")) {
                out.add(organisation(s, i + 1, last));
                end = i - 1;
                break;
            }
        }
        out.add(MentionCandidate.unresolved(s.span(first, end), EntityType.PERSON, MentionCandidate.UNRESOLVED_OTHER));
    }

    /** Whether a span (as the NER or a definition gives it) names no company: see {@link OrganisationJudge}. */
    boolean nonCompany(MentionSentence s, int first, int last) {
        return judge.nonCompany(s, first, last);
    }

    private MentionCandidate organisation(MentionSentence s, int first, int last) {
        TokenSpan span = s.span(first, last);
        Optional<MentionCandidate> resolved = companies.resolve(span.surface())
                .map(m -> MentionCandidate.company(span, m))
                .or(() -> region(span).map(r -> MentionCandidate.region(span, r)));
        if (resolved.isPresent()) {
            return resolved.get();
        }
        if (nonCompany(s, first, last)) {
            // Outranks the known names inside it: "Three" in "Three Gorges Dam", "United" in "United Nations".
            return MentionCandidate.blocker(span, MentionCandidate.RESOLVED_COMPANY);
        }
        return units.unit(s, first, last).orElseGet(() ->
                MentionCandidate.unresolved(span, EntityType.COMPANY, MentionCandidate.UNRESOLVED_ORGANIZATION));
    }

    /** A place or person span; other tags (fine-grained ones) only as a known company. */
    private Optional<MentionCandidate> other(MentionSentence s, int first, int last, String tag) {
        TokenSpan span = s.span(first, last);
        if (LOCATION_TAGS.contains(tag)) {
            Optional<MentionCandidate> region = region(span).map(r -> MentionCandidate.region(span, r));
            return region.or(() -> units.unit(s, first, last)).or(() -> cuedCompany(s, first, last))
                    .or(() -> Optional.of(MentionCandidate.unresolved(span, EntityType.REGION,
                            MentionCandidate.UNRESOLVED_OTHER)));
        }
        Optional<MentionCandidate> company = companies.resolve(span.surface())
                .map(m -> MentionCandidate.company(span, m));
        if (PERSON_TAGS.contains(tag)) {
            return company.or(() -> units.unit(s, first, last)).or(() -> cuedCompany(s, first, last))
                    .or(() -> Optional.of(MentionCandidate.unresolved(span, EntityType.PERSON,
                            MentionCandidate.UNRESOLVED_OTHER)));
        }
        return company;
    }

    /** A company where a company noun introduces or describes the span. */
    private Optional<MentionCandidate> cuedCompany(MentionSentence s, int first, int last) {
        boolean person = s.tagged(first, "PERSON");
        String before = s.lower(s.lower(first - 1).equals(",") ? first - 2 : first - 1);
        if (cueNouns.before(s, first) == MentionCueNouns.Kind.COMPANY
                && !(person && PERSON_DESCRIPTORS.contains(before))
                || cueNouns.apposition(s, last) == MentionCueNouns.Kind.COMPANY) {
            return Optional.of(MentionCandidate.unresolved(s.span(first, last), EntityType.COMPANY,
                    MentionCandidate.UNRESOLVED_ORGANIZATION));
        }
        return Optional.empty();
    }

    /**
     * The region a span of the NER names. A place in capitals that is not listed so ("TOKYO" in a
     * dateline) is looked up in its capitalised form. The worldwide region comes only from
     * explicit phrases ({@link GlobalRegionPhrases}), never from a capitalised "Global" in a name.
     */
    Optional<Region> region(TokenSpan span) {
        String surface = span.surface();
        Optional<Region> region = regions.lookup(surface);
        if (region.isEmpty() && inCapitals(surface)) {
            region = regions.lookup(capitalised(surface));
        }
        return region.filter(r -> !GlobalRegionPhrases.GLOBAL.equals(r.id()));
    }

    static List<String> words(MentionSentence s, int first, int last) {
        List<String> words = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            words.add(s.text(i));
        }
        return words;
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
}
