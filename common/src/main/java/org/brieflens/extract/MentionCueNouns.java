package org.brieflens.extract;

import java.util.Set;

/**
 * Nouns next to a name that say what it names: the noun right before it ("rights management firm
 * Intertrust", "the regulator Ofcom", "the DS game Metroid Hunters", "Its digital bank, Monee") and
 * the head noun of an apposition after it ("Titan, a California-based company,", "Consob, Italy's
 * stock market regulator,", "Metroid Hunters - a 3D action title which"). An apposition opens with
 * a comma or a spaced dash, then a determiner or a possessive name; its head noun ends it.
 */
final class MentionCueNouns {
    /** What a cue noun says about the name next to it. */
    enum Kind { COMPANY, PRODUCT, NON_COMPANY, NONE }

    private static final Set<String> APPOSITION_OPENERS = Set.of(",", "-", "--", "\u2013", "\u2014");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "one", "of", "another");
    /** Words that may follow the head noun of an apposition, ending it. */
    private static final Set<String> AFTER_HEAD = Set.of("that", "which", "who", "whose", "with", "based", "in", "and",
            "where", "for", "of");
    private static final int MAX_APPOSITION_WORDS = 6;

    private final Set<String> descriptors;
    private final OrganisationTypes types;

    MentionCueNouns(Set<String> descriptors, OrganisationTypes types) {
        this.descriptors = Set.copyOf(descriptors);
        this.types = types;
    }

    static MentionCueNouns packaged() {
        return Holder.INSTANCE;
    }

    /** Whether a lower-case word introduces a business ("firm", "start-up", "chip-maker"). */
    boolean companyDescriptor(String lower) {
        if (descriptors.contains(lower)) {
            return true;
        }
        int dash = lower.lastIndexOf('-');
        return dash > 0 && dash < lower.length() - 1 && descriptors.contains(lower.substring(dash + 1));
    }

    Kind kind(String lower) {
        if (lower == null) {
            return Kind.NONE;
        }
        if (companyDescriptor(lower)) {
            return Kind.COMPANY;
        }
        if (types.productNoun(lower)) {
            return Kind.PRODUCT;
        }
        return types.nonCompanyNoun(lower) ? Kind.NON_COMPANY : Kind.NONE;
    }

    /** What the lower-case noun right before token {@code first} (a comma between allowed) says. */
    Kind before(MentionSentence s, int first) {
        int i = first - 1;
        if (s.lower(i).equals(",")) {
            i--;
        }
        return i >= 0 && !s.nameLike(i) ? kind(s.lower(i)) : Kind.NONE;
    }

    /** What the head noun of an apposition right after token {@code last} says. */
    Kind apposition(MentionSentence s, int last) {
        int i = last + 1;
        if (!APPOSITION_OPENERS.contains(s.lower(i)) || !s.lower(i).equals(",") && s.joined(i)) {
            return Kind.NONE;
        }
        i++;
        if (!DETERMINERS.contains(s.lower(i)) && !(s.nameLike(i) && s.possessive(i + 1))) {
            return Kind.NONE;
        }
        while (DETERMINERS.contains(s.lower(i))) {
            i++;
        }
        for (int words = 0; words < MAX_APPOSITION_WORDS && i < s.size(); words++, i++) {
            String word = s.lower(i);
            if (s.punctuation(i) && !word.equals("-")) {
                return Kind.NONE;
            }
            Kind kind = s.nameLike(i) ? Kind.NONE : kind(word);
            if (kind != Kind.NONE && (i + 1 >= s.size() || s.punctuation(i + 1) && !s.lower(i + 1).equals("-")
                    || AFTER_HEAD.contains(s.lower(i + 1)))) {
                return kind;
            }
        }
        return Kind.NONE;
    }

    private static final class Holder {
        static final MentionCueNouns INSTANCE = new MentionCueNouns(
                MentionWords.lowerCase("company_descriptors.txt"), OrganisationTypes.packaged());
    }
}
