package org.brieflens.extract.amount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brieflens.nlp.Token;

/**
 * A sentence as lower-case words for cue matching. Tokens split at hyphens and dashes (dropped)
 * and at '/' (kept as a word): "year-over-year" is "year over year", "y/y" is "y / y", whatever
 * the tokenizer made of them; a final period glued to a word goes ("q." is "q"). Each word knows
 * its token and its clause: a clause ends before ";" and before a boundary word ("while", "but" ...).
 */
final class Words {
    private final String[] text;
    private final int[] token;
    private final int[] clause;
    private final int[] firstWordOfToken;

    private Words(String[] text, int[] token, int[] clause, int[] firstWordOfToken) {
        this.text = text;
        this.token = token;
        this.clause = clause;
        this.firstWordOfToken = firstWordOfToken;
    }

    /** Words of the tokens; {@code lower} holds the token texts in lower case. */
    static Words of(List<Token> tokens, String[] lower, Set<String> boundaries) {
        List<String> words = new ArrayList<>(tokens.size() + 8);
        int[] owner = new int[tokens.size() + 8];
        int[] firstWordOfToken = new int[tokens.size() + 1];
        for (int t = 0; t < tokens.size(); t++) {
            firstWordOfToken[t] = words.size();
            for (String piece : split(lower[t])) {
                if (words.size() == owner.length) {
                    owner = Arrays.copyOf(owner, owner.length * 2);
                }
                owner[words.size()] = t;
                words.add(piece);
            }
        }
        firstWordOfToken[tokens.size()] = words.size();
        int n = words.size();
        int[] clause = new int[n];
        int current = 0;
        for (int w = 0; w < n; w++) {
            if (w > 0 && boundaries.contains(words.get(w))) {
                current++;
            }
            clause[w] = current;
        }
        return new Words(words.toArray(String[]::new), Arrays.copyOf(owner, n), clause, firstWordOfToken);
    }

    /**
     * Splits lower-case text into words: at whitespace and dashes (dropped) and around '/' (kept),
     * after turning the curly apostrophe into a straight one; a word loses a final period. Also used
     * on data-file phrases.
     */
    static List<String> split(String lower) {
        List<String> out = new ArrayList<>(2);
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014' || Character.isWhitespace(c) || c == '/') {
                flush(piece, out);
                if (c == '/') {
                    out.add("/");
                }
            } else {
                piece.append(c == '\u2019' ? '\'' : c);
            }
        }
        flush(piece, out);
        return out;
    }

    /** Splits a data-file phrase into words, as sentences are split. */
    static List<String> phrase(String phrase) {
        return split(phrase.toLowerCase(Locale.ROOT));
    }

    /** Adds the piece, without a final period glued by the tokenizer ("q." at the end of "4% q/q."). */
    private static void flush(StringBuilder piece, List<String> out) {
        if (piece.length() > 1 && piece.charAt(piece.length() - 1) == '.') {
            piece.setLength(piece.length() - 1);
        }
        if (!piece.isEmpty()) {
            out.add(piece.toString());
            piece.setLength(0);
        }
    }

    int size() {
        return text.length;
    }

    String text(int w) {
        return text[w];
    }

    int token(int w) {
        return token[w];
    }

    int clause(int w) {
        return clause[w];
    }

    /** Index of the first word of token {@code t}; for {@code t == tokens.size()}, the word count. */
    int firstWordOf(int t) {
        return firstWordOfToken[t];
    }

    /** Whether the word has no letter and no digit. */
    boolean punctuation(int w) {
        String s = text[w];
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
