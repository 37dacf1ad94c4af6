package org.brieflens.extract;

import java.util.List;
import org.brieflens.brief.Section;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;

/**
 * A sentence with the per-token facts the mention rules keep looking up, computed once: lower-case
 * text, whether a token is written like a name, and whether the sentence is a Title Case headline.
 */
final class MentionSentence {
    /** Short function words that Title Case may leave in lower case; they do not count either way. */
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "of",
            "in", "on", "to", "for", "at", "by", "with", "from", "as", "vs", "vs.", "but", "nor", "via");

    private final Sentence sentence;
    private final List<Token> tokens;
    private final String[] lower;
    private final String[] normalised;
    private final String[] gapBefore;
    private final boolean[] nameLike;
    private final boolean titleCase;

    MentionSentence(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lower = new String[tokens.size()];
        this.nameLike = new boolean[tokens.size()];
        this.normalised = new String[tokens.size()];
        this.gapBefore = new String[tokens.size()];
        String sentenceText = sentence.text();
        int offset = sentence.begin();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            normalised[i] = TokenSpan.singleSpaced(
                    sentenceText.substring(token.begin() - offset, token.end() - offset));
            gapBefore[i] = i == 0 ? "" : TokenSpan.singleSpaced(sentenceText.substring(tokens.get(i - 1).end() - offset,
                    token.begin() - offset));
        }
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            lower[i] = MentionWords.lower(text);
            nameLike[i] = nameLike(text);
            if (Character.isLetter(text.charAt(0)) && !SMALL_WORDS.contains(lower[i])) {
                words++;
                capitalised += Character.isUpperCase(text.charAt(0)) ? 1 : 0;
            }
        }
        this.titleCase = words >= 3 && capitalised * 10 >= words * 8;
    }

    /** Written like a name: a capital first letter, or a digit followed by a letter somewhere ("3M", "N26"). */
    static boolean nameLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        return Character.isDigit(first) && text.chars().anyMatch(Character::isLetter);
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return tokens.size();
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    /** Lower-case text of token i, or "" outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    String ner(int i) {
        return tokens.get(i).ner();
    }

    boolean tagged(int i, String tag) {
        return i >= 0 && i < tokens.size() && tokens.get(i).ner().equals(tag);
    }

    boolean entity(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).entity();
    }

    /** Whether token i exists and is written like a name. */
    boolean nameLike(int i) {
        return i >= 0 && i < nameLike.length && nameLike[i];
    }

    /** Whether token i is a possessive ending ("'s", "'", "’s"). */
    boolean possessive(int i) {
        String t = lower(i);
        return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
    }

    /** Whether token i follows token i - 1 without white space ("Beck-Crespel" is three joined tokens). */
    boolean joined(int i) {
        return i > 0 && i < gapBefore.length && gapBefore[i].isEmpty();
    }

    /** Whether token i exists and holds no letter or digit (punctuation, quotes, dashes). */
    boolean punctuation(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** A headline whose words are nearly all capitalised ("Zillow Acquires DotLoop, An E-Signing Service"). */
    boolean titleCase() {
        return titleCase;
    }

    /** Whether the sentence is a document title. */
    boolean headline() {
        return sentence.section() == Section.TITLE;
    }

    /** A span of tokens, its surface built from the per-token facts (no pattern matching per span). */
    TokenSpan span(int first, int last) {
        String written = sentence.text().substring(tokens.get(first).begin() - sentence.begin(),
                tokens.get(last).end() - sentence.begin());
        return new TokenSpan(sentence, first, last, written, surface(first, last));
    }

    /** The surface of tokens first..last: as written, each run of white space as one space. */
    String surface(int first, int last) {
        if (first == last) {
            return normalised[first];
        }
        StringBuilder out = new StringBuilder();
        out.append(normalised[first]);
        for (int i = first + 1; i <= last; i++) {
            out.append(gapBefore[i]).append(normalised[i]);
        }
        return out.toString();
    }

    /**
     * Surfaces of the spans that start at {@code first}, one per length up to {@code maxTokens}
     * (element k covers tokens first..first+k), built incrementally.
     */
    String[] surfacesFrom(int first, int maxTokens) {
        int count = Math.min(maxTokens, tokens.size() - first);
        String[] surfaces = new String[count];
        StringBuilder out = new StringBuilder(normalised[first]);
        surfaces[0] = normalised[first];
        for (int k = 1; k < count; k++) {
            out.append(gapBefore[first + k]).append(normalised[first + k]);
            surfaces[k] = out.toString();
        }
        return surfaces;
    }
}
