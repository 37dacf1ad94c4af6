package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Companies in news headlines, which the CRF reads badly (Title Case capitalises every word).
 * <ul>
 * <li>A name run right before a headline verb is the subject: "Fitternity Raises $1M", "Cybric
 * helps developers" (company candidate, unresolved unless the gazetteer knows it); so is the name
 * run right after an acquisition verb ("Zillow Acquires DotLoop", "Buys 60% Of ... App Grindr").</li>
 * <li>Descriptors are split off a run: the name is what follows the last one ("Nigerian E-Commerce
 * Startup Africa Internet Group"); a run that ends in a company noun is no name ("Chinese Gaming
 * Firm"), one that ends in a noun names also use is kept whole ("Blue Jeans Network"); a
 * possessive keeps the owner ("Le Tote's Clothing Rentals App"); a role word keeps what precedes it
 * ("Apttus CEO Kirk Krappe").</li>
 * <li>In a Title Case headline an organisation span of the NER is split at a headline verb it
 * swallowed, and loses leading descriptors.</li>
 * </ul>
 * Runs of people and places, runs left with only stop words ("As Its Market") and all-capital
 * headlines (wire slugs) give nothing. The subject and object rules apply to documents that are
 * only headlines (a headline feed); above an article, the article names its companies in proper case
 * and a headline's first word is as often a pun or a product ("Speech takes on search engines").
 */
final class HeadlineCompanies {
    private static final Set<String> OBJECT_VERBS = Set.of("acquires", "buys", "acquire", "buy", "backs", "sues",
            "invests", "partners", "teams");
    private static final Set<String> OBJECT_PARTICLES = Set.of("up", "with", "in", "on", "a", "an", "stake",
            "majority", "minority", "%", "percent", "of");
    private static final Set<String> CONNECTORS = Set.of("&", "-", ".");
    /** Headline verbs that are also plural nouns of names ("Silver Lake Partners"): no split at a span's end. */
    private static final Set<String> NOUN_LIKE = Set.of("partners", "teams", "talks", "posts", "reports", "plans",
            "names", "updates", "tests", "files", "backs", "wants", "lands", "offers", "moves", "sales");
    private static final int MAX_NAME_TOKENS = 5;
    /** Words that make a Title Case run a clause or phrase rather than a name. */
    private static final Set<String> PHRASE_WORDS = Set.of("that", "which", "who", "across", "into", "your", "its",
            "their", "our", "how", "why", "what", "is", "are", "will", "can", "to", "with", "from", "about");

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final OrganisationTypes types;
    private final MentionCueNouns cueNouns;
    private final Set<String> verbs;
    private final Set<String> descriptors;
    private final Set<String> stopWords;
    private final Set<String> roles;

    HeadlineCompanies(CompanyGazetteer companies, RegionGazetteer regions) {
        this.companies = companies;
        this.regions = regions;
        this.types = OrganisationTypes.packaged();
        this.cueNouns = MentionCueNouns.packaged();
        this.verbs = MentionWords.lowerCase("headline_verbs.txt");
        this.descriptors = MentionWords.lowerCase("headline_descriptors.txt");
        this.stopWords = MentionWords.lowerCase("headline_stop_words.txt");
        this.roles = MentionWords.lowerCase("company_cue_words.txt");
    }

    /** Whether a lower-case word is a function word or a generic subject that cannot be a name by itself. */
    boolean stopWord(String lower) {
        return stopWords.contains(lower);
    }

    /** Whether token i is a headline verb. */
    boolean verb(MentionSentence s, int i) {
        return verbs.contains(s.lower(i));
    }

    /**
     * Subject and object candidates of a headline, in a document that is only headlines (a headline
     * feed): where a body follows, the NER reads the names there in their proper case.
     */
    void candidates(MentionSentence s, boolean headlineOnly, List<MentionCandidate> out) {
        if (!headlineOnly || !s.headline() || allCapitals(s)) {
            return;
        }
        for (int v = 1; v < s.size(); v++) {
            if (!verb(s, v) || s.titleCase() != s.nameLike(v)) {
                continue;
            }
            int end = v - 1;
            int start = end;
            while (start > 0 && (s.nameLike(start - 1)
                    || CONNECTORS.contains(s.lower(start - 1)) && s.nameLike(start - 2)
                    || s.possessive(start - 1) && s.nameLike(start - 2))) {
                start--;
            }
            name(s, start, end).ifPresent(out::add);
            if (OBJECT_VERBS.contains(s.lower(v))) {
                object(s, v + 1).ifPresent(out::add);
            }
        }
    }

    private Optional<MentionCandidate> object(MentionSentence s, int from) {
        int start = from;
        while (start < s.size() && start < from + 4 && (OBJECT_PARTICLES.contains(s.lower(start))
                || s.lower(start).chars().allMatch(c -> Character.isDigit(c) || c == '.'))) {
            start++;
        }
        int end = start - 1;
        while (end + 1 < s.size() && s.nameLike(end + 1) && !stopWords.contains(s.lower(end + 1))
                && !verb(s, end + 1)) {
            end++;
        }
        return end >= start ? name(s, start, end) : Optional.empty();
    }

    /** The company a name run start..end holds, after the descriptor, role and stop-word rules. */
    private Optional<MentionCandidate> name(MentionSentence s, int start, int end) {
        if (end < start || !s.nameLike(end)) {
            return Optional.empty();
        }
        int first = start;
        int last = end;
        for (int i = first; i <= last; i++) {
            if (s.lower(i).equals("based") || s.lower(i).endsWith("-based")) {
                first = i + 1;
            } else if (s.possessive(i)) {
                last = i - 1;
                break;
            }
        }
        for (int i = first; i <= last; i++) {
            if (roles.contains(s.lower(i))) {
                last = i - 1;
                break;
            }
        }
        for (int i = last; i >= first; i--) {
            String word = s.lower(i);
            if (!descriptor(word) || s.lower(i - 1).equals("&")) {
                continue;
            }
            if (i < last && stopWords.contains(s.lower(i + 1))) {
                return Optional.empty();
            }
            if (i < last) {
                first = i + 1;
                break;
            }
            if (cueNouns.companyDescriptor(word)) {
                return Optional.empty();
            }
        }
        while (first <= last && (stopWords.contains(s.lower(first)) || CONNECTORS.contains(s.lower(first)))) {
            first++;
        }
        if (first > last || last - first >= MAX_NAME_TOKENS || !s.nameLike(first)) {
            return Optional.empty();
        }
        return candidate(s, first, last);
    }

    private Optional<MentionCandidate> candidate(MentionSentence s, int first, int last) {
        TokenSpan span = s.span(first, last);
        String surface = span.surface();
        boolean person = last > first;
        for (int i = first; i <= last; i++) {
            person &= s.tagged(i, "PERSON");
        }
        if (person || s.lower(first - 1).equals("$") || regions.lookup(surface).isPresent()
                || companies.notCompany(surface)
                || types.technologyTerm(surface) || types.nonCompanyName(words(s, first, last))) {
            return Optional.empty();
        }
        return Optional.of(companies.resolve(surface)
                .map(m -> MentionCandidate.company(span, m))
                .orElseGet(() -> MentionCandidate.unresolved(span, EntityType.COMPANY,
                        MentionCandidate.UNRESOLVED_ORGANIZATION)));
    }

    /**
     * An organisation span of the NER in a Title Case headline, split at the headline verbs it
     * swallowed, each part from after its last descriptor ("E-Commerce Startup Africa Internet
     * Group"); a part that ends in a company noun is a description, no name ("Chinese Gaming Firm"),
     * and so is one with a clause word inside ("Startup That Syncs Contacts Across Cloud Apps").
     */
    List<int[]> organisationParts(MentionSentence s, int first, int last) {
        List<int[]> parts = new ArrayList<>();
        if (!s.titleCase()) {
            parts.add(new int[] {first, last});
            return parts;
        }
        int start = first;
        for (int i = first; i <= last + 1; i++) {
            if (i > last || verb(s, i) && !(i == last && NOUN_LIKE.contains(s.lower(i)))) {
                int from = start;
                for (int k = i - 2; k >= start; k--) {
                    if (descriptor(s.lower(k)) && !s.lower(k - 1).equals("&") && !stopWords.contains(s.lower(k + 1))) {
                        from = k + 1;
                        break;
                    }
                }
                if (from <= i - 1 && !(cueNouns.companyDescriptor(s.lower(i - 1)) && !s.lower(i - 2).equals("&"))
                        && !phrase(s, from, i - 1)) {
                    parts.add(new int[] {from, i - 1});
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /** A run with a clause word inside ("Startup That Syncs Contacts Across Cloud Apps") is a phrase, no name. */
    private static boolean phrase(MentionSentence s, int first, int last) {
        for (int i = first + 1; i < last; i++) {
            if (PHRASE_WORDS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean descriptor(String lower) {
        return descriptors.contains(lower) || cueNouns.companyDescriptor(lower);
    }

    private static List<String> words(MentionSentence s, int first, int last) {
        List<String> words = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            words.add(s.text(i));
        }
        return words;
    }

    private static boolean allCapitals(MentionSentence s) {
        return s.sentence().text().chars().noneMatch(Character::isLowerCase);
    }
}
