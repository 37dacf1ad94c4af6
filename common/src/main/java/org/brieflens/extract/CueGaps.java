package org.brieflens.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the text between two mentions, or between a cue and a mention, may look like for them to
 * belong together. Gaps are read from the masked sentence text (see {@link SentenceMentions}), so a
 * region shows as a run of {@code #}.
 */
final class CueGaps {
    /** Words allowed between a cue and the first list member ("rivals such as the U.S. firm X"). */
    private static final Set<String> FILLER = Set.of("the", "its", "their", "a", "an", "both", "other", "fellow",
            "rival", "rivals", "like", "such", "as", "including", "firms", "companies", "chipmakers", "giants",
            "u.s.", "us", "uk", "'s", "\u2019s", "s", "namely", "especially", "notably", "particularly", "mainly");
    /**
     * Lower-case words that end a noun phrase, so they cannot stand in a description before a list
     * member ("partnered with the government to help X" has no partner X).
     */
    private static final Set<String> STOP = Set.of("to", "for", "in", "on", "at", "by", "from", "of", "over", "into",
            "with", "without", "than", "about", "after", "before", "under", "through", "against", "between", "since",
            "and", "or", "but", "nor", "while", "whereas", "if", "so", "yet", "because", "as", "that", "which", "who",
            "whom", "whose", "where", "when", "what", "how", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did",
            "not", "no", "said", "says", "say", "told", "it", "they", "he", "she", "we", "this", "these", "those",
            "also", "there", "here", "then", "more", "less", "most", "least", "all", "some", "any", "each");
    /** Words in -ing that describe a company ("rising star X"); other -ing words are verbs ("alternative to selling X"). */
    private static final Set<String> ADJECTIVES_IN_ING = Set.of("leading", "emerging", "rising", "growing", "existing",
            "competing", "struggling", "booming", "ailing", "incoming", "outgoing", "remaining", "dominant");
    private static final int MAX_LEAD_WORDS = 5;
    private static final int MAX_DESCRIPTION_WORDS = 3;
    /** Spaces and punctuation between words; a hyphen inside a word ("state-owned") does not separate. */
    private static final Pattern WORD_SEPARATOR = Pattern.compile("(?:[\\s,:\"\u201c\u201d()\u2013\u2014]|(?<![\\p{L}\\p{N}])-|-(?![\\p{L}\\p{N}]))+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern MASK_WORD = Pattern.compile("[#@]+(?:['\u2019]s)?");
    private static final Pattern DESCRIPTION_WORD = Pattern.compile("[\\p{Ll}][\\p{Ll}\\p{N}-]*|[\\p{Ll}\\p{N}]+-[\\p{L}-]+");

    /**
     * What may follow a list member before the joiner: a possessive with up to three words ("Google's
     * TPU chips"), or one or two capitalised words that finish the name ("TikTok Shop"), then an
     * optional parenthesis ("(GM)") and a ticker in the Reuters style ("{@code <GM>}").
     */
    static final String TAIL = "(?:['\u2019]s(?:\\s+(?!(?:and|or|which|who|that|as|to|in|for|with)\\b)"
            + "[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*){0,3}|(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&-]*){1,2})?"
            + "(?:\\s*\\([^()]{1,40}\\))?(?:\\s*<[^<>\\s]{1,12}>)?";
    /**
     * Tail, then a comma and/or conjunction (or a bare hyphen or slash: "the Fiat-GM alliance"), then
     * what may lead to the next member (checked as a short lead-in: "and Spain's", "and chip makers").
     */
    private static final Pattern JOINER = Pattern.compile("(" + TAIL + ")(\\s*(?:,|(?:,\\s*)?(?:and|or|plus|&|as\\s+well\\s+as))\\s"
            + "|\\s*,(?=\\S)|-|/|\\s+/\\s+)(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_JOIN_LEAD_WORDS = 3;

    /** A mention that only repeats the previous one in parentheses: "Oil & Natural Gas Corp (ONGC)". */
    private static final Pattern ALIAS_OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern ALIAS_CLOSE = Pattern.compile("^\\s*\\)");
    /**
     * The verb phrase after "and" that continues the previous subject ("X spent $7bn on Y, and has a
     * partnership with Z": X has the partnership).
     */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("^" + TAIL + "\\s*(?:,?\\s*(?:and|but)\\s+"
            + "(?:(?:also|then|later|now|still|recently)\\s+)?(?:(?:has|have|had|is|was|will|would|could|can|may|plans|"
            + "agreed|said|says|\\p{L}+ed)\\b.*)?|,\\s*(?!including\\b)\\p{Ll}+ing\\b.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A short verb group between a subject list and its cue, without a new clause ("- have been"). */
    private static final Pattern SHORT_VERB_GAP = Pattern.compile("^" + TAIL
            + "\\s*(?:[-\u2013\u2014]\\s*)?(?:[\\p{Ll}]+\\s+){0,4}$");
    private static final Set<String> CLAUSE_WORDS = Set.of("which", "who", "that", "while", "whereas", "said",
            "says", "because", "after", "before", "when", "if");

    /** A conjunction-joined member, or one joined by a comma only. */
    enum Join { COMMA, CONJUNCTION }

    private CueGaps() {
    }

    /** Whether the gap between a cue and the first list member is short filler or a description. */
    static boolean leadIn(String gap) {
        List<String> words = words(gap);
        long descriptions = words.stream().filter(w -> !filler(w)).count();
        return words.size() <= MAX_LEAD_WORDS && descriptions <= MAX_DESCRIPTION_WORDS
                && words.stream().allMatch(w -> filler(w) || description(w));
    }

    /** How the gap joins two list members, or null when it does not. */
    static Join joiner(String gap) {
        var m = JOINER.matcher(gap);
        if (!m.matches() || words(m.group(3)).size() > MAX_JOIN_LEAD_WORDS || !leadIn(m.group(3))) {
            return null;
        }
        return m.group(2).strip().equals(",") ? Join.COMMA : Join.CONJUNCTION;
    }

    /** Whether a mention starting after {@code gapBefore} and followed by {@code textAfter} is a parenthesised alias. */
    static boolean alias(String gapBefore, String textAfter) {
        return ALIAS_OPEN.matcher(gapBefore).matches() && ALIAS_CLOSE.matcher(textAfter).find();
    }

    /**
     * Whether the gap from a company to a cue starts a verb phrase whose subject was left out: a
     * coordinated one ("X bought Y, and has a partnership with Z") or a participle ("X bought Y,
     * creating a giant to rival Z"). Pass the gap without its insertions.
     */
    static boolean elidedSubject(String gap) {
        return ELIDED_SUBJECT.matcher(gap).matches();
    }

    /** Whether a subject list and a cue are separated only by a short verb group ("X and Y have jointly"). */
    static boolean shortVerbGap(String gap) {
        return SHORT_VERB_GAP.matcher(gap).matches() && words(gap).stream().noneMatch(CLAUSE_WORDS::contains);
    }

    private static boolean filler(String word) {
        return FILLER.contains(word.toLowerCase(Locale.ROOT)) || MASK_WORD.matcher(word).matches();
    }

    /** A lower-case word that can describe the member ("internet provider", "state-owned"), not end its phrase. */
    private static boolean description(String word) {
        boolean hyphenated = word.indexOf('-') >= 0;
        return DESCRIPTION_WORD.matcher(word).matches() && !STOP.contains(word)
                && (hyphenated || !word.endsWith("ed") && (!word.endsWith("ing") || ADJECTIVES_IN_ING.contains(word)));
    }

    private static List<String> words(String gap) {
        return Arrays.stream(WORD_SEPARATOR.split(gap))
                .filter(w -> !w.isEmpty())
                .flatMap(w -> POSSESSIVE.matcher(w).find() && !MASK_WORD.matcher(w).matches()
                        ? Stream.of(w.substring(0, w.length() - 2), "'s") : Stream.of(w))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
