package org.brieflens.extract;

import java.util.List;
import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Companies among capitalised words the NER left untagged, where the words around them say so:
 * <ul>
 * <li>a company noun right before ("brokers TOV") or in apposition after ("Titan, a
 * California-based company,");</li>
 * <li>a lower-case "corporation" right after ("the Titan corporation");</li>
 * <li>a business word ending a run of two or more words in running text ("Lions Gate
 * Entertainment", "Yamanouchi Pharmaceutical"), not at the start of a sentence nor in a Title Case
 * headline, where every word is capitalised;</li>
 * <li>a coordinated organisation of the NER sharing the first word ("split into AZ Fly and AZ
 * Services").</li>
 * </ul>
 * Leading stop words are dropped ("The"); places, technology terms, non-business names and role
 * words ("CEO") give nothing.
 */
final class MentionCueCompanies {
    private static final int MAX_RUN = 4;
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final OrganisationTypes types;
    private final MentionCueNouns cueNouns;
    private final Set<String> stopWords;
    private final Set<String> roles;
    private final Set<String> businessWords;

    MentionCueCompanies(CompanyGazetteer companies, RegionGazetteer regions) {
        this.companies = companies;
        this.regions = regions;
        this.types = OrganisationTypes.packaged();
        this.cueNouns = MentionCueNouns.packaged();
        this.stopWords = MentionWords.lowerCase("headline_stop_words.txt");
        this.roles = MentionWords.lowerCase("company_cue_words.txt");
        this.businessWords = MentionWords.lowerCase("company_head_words.txt");
    }

    void candidates(MentionSentence s, List<MentionCandidate> out) {
        int i = 0;
        while (i < s.size()) {
            if (!untaggedName(s, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < s.size() && (untaggedName(s, end + 1)
                    || s.lower(end + 1).equals("&") && untaggedName(s, end + 2)
                    || s.lower(end + 1).equals("-") && s.joined(end + 1) && s.joined(end + 2)
                    && untaggedName(s, end + 2))) {
                end += untaggedName(s, end + 1) ? 1 : 2;
            }
            run(s, i, end, out);
            i = end + 1;
        }
    }

    private void run(MentionSentence s, int start, int end, List<MentionCandidate> out) {
        int first = start;
        while (first <= end && stopWords.contains(s.lower(first))) {
            first++;
        }
        if (first > end || end - first >= MAX_RUN || !plausible(s, first, end)) {
            return;
        }
        if (cueNouns.before(s, first) == MentionCueNouns.Kind.COMPANY && first == start
                || cueNouns.apposition(s, end) == MentionCueNouns.Kind.COMPANY
                || sibling(s, first, end)) {
            out.add(company(s, first, end));
        } else if (s.lower(end + 1).equals("corporation")) {
            out.add(company(s, first, end + 1));
        } else if (end > first && start > 0 && !s.titleCase() && businessWords.contains(s.lower(end))
                && !businessWords.contains(s.lower(first))) {
            out.add(company(s, first, end));
        }
    }

    /** An organisation span of the NER coordinated with the run that starts with the same word. */
    private static boolean sibling(MentionSentence s, int first, int end) {
        int after = end + 2;
        int before = first - 2;
        return COORDINATORS.contains(s.lower(end + 1)) && s.tagged(after, "ORGANIZATION")
                && s.text(after).equals(s.text(first)) && !s.tagged(after - 1, "ORGANIZATION")
                || before >= 0 && COORDINATORS.contains(s.lower(first - 1)) && s.tagged(before, "ORGANIZATION")
                && firstOfSpan(s, before, "ORGANIZATION").equals(s.text(first));
    }

    private static String firstOfSpan(MentionSentence s, int i, String tag) {
        int k = i;
        while (k > 0 && s.tagged(k - 1, tag)) {
            k--;
        }
        return s.text(k);
    }

    private boolean plausible(MentionSentence s, int first, int end) {
        String surface = s.span(first, end).surface();
        for (int i = first; i <= end; i++) {
            if (roles.contains(s.lower(i))) {
                return false;
            }
        }
        return regions.lookup(surface).isEmpty() && !companies.notCompany(surface) && !types.technologyTerm(surface)
                && !types.nonCompanyName(MentionNer.words(s, first, end));
    }

    private MentionCandidate company(MentionSentence s, int first, int last) {
        TokenSpan span = s.span(first, last);
        return companies.resolve(span.surface()).map(m -> MentionCandidate.company(span, m))
                .orElseGet(() -> MentionCandidate.unresolved(span, EntityType.COMPANY,
                        MentionCandidate.UNRESOLVED_ORGANIZATION));
    }

    private static boolean untaggedName(MentionSentence s, int i) {
        return i < s.size() && !s.entity(i) && s.nameLike(i);
    }
}
