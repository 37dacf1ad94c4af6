package org.brieflens.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells organisation names that are no business from their make-up, with data-driven word lists:
 * the head of the name ("World Trade Organisation", "Institute for Supply Management", "Tourism
 * Authority of Thailand", "Three Gorges Dam"), a technology or format the NER took for an
 * organisation ("NAND", "Digital Rights Management"), and nouns that describe a product ("the game
 * X") or a public body ("the regulator X") next to a name.
 *
 * <p>The head is the word before the first preposition ("of", "for"...) if the name has one after
 * its first word, else the last word; a trailing "Services" or "Division" passes the head on to the
 * word before it ("Oxford University Library Services"). Two-word heads ("central bank", "stock
 * exchange") are matched too. Known companies never reach this test: the gazetteer resolves them
 * first.
 */
final class OrganisationTypes {
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "in", "to", "at", "de");
    private static final Set<String> PASS_ON = Set.of("services", "service", "division", "unit", "wing");

    private final Set<String> heads;
    private final Set<String> terms;
    private final Set<String> lowerCaseTerms;
    private final Set<String> productNouns;

    OrganisationTypes(Set<String> heads, Set<String> terms, Set<String> productNouns) {
        this.heads = Set.copyOf(heads);
        this.terms = Set.copyOf(terms);
        this.lowerCaseTerms = terms.stream().filter(t -> t.indexOf(' ') > 0).map(MentionWords::lower)
                .collect(Collectors.toUnmodifiableSet());
        this.productNouns = Set.copyOf(productNouns);
    }

    static OrganisationTypes packaged() {
        return Holder.INSTANCE;
    }

    /** Whether the words of a name (as written) have a non-business head. */
    boolean nonCompanyName(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        int end = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(MentionWords.lower(words.get(i)))) {
                end = i;
                break;
            }
        }
        return headAt(words, end - 1) || end != words.size() && headAt(words, words.size() - 1);
    }

    private boolean headAt(List<String> words, int index) {
        int h = index;
        while (h > 0 && PASS_ON.contains(MentionWords.lower(words.get(h)))) {
            h--;
        }
        String head = MentionWords.lower(words.get(h));
        return heads.contains(head) || h > 0 && heads.contains(MentionWords.lower(words.get(h - 1)) + " " + head);
    }

    /** Whether a lower-case noun describes a non-business organisation ("regulator", "charity", "body"). */
    boolean nonCompanyNoun(String lower) {
        return heads.contains(lower);
    }

    /** Whether a lower-case noun describes a product ("game", "drug", "title", "format"). */
    boolean productNoun(String lower) {
        return productNouns.contains(lower);
    }

    /** A technology term, standard or format: acronyms as written, longer terms ignoring case. */
    boolean technologyTerm(String surface) {
        return terms.contains(surface)
                || surface.indexOf(' ') > 0 && lowerCaseTerms.contains(MentionWords.lower(surface));
    }

    private static final class Holder {
        static final OrganisationTypes INSTANCE = new OrganisationTypes(
                MentionWords.lowerCase("organisation_head_words.txt"),
                Set.copyOf(MentionWords.lines("technology_terms.txt")),
                MentionWords.lowerCase("product_nouns.txt"));
    }
}
