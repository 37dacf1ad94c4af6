package org.brieflens.extract.amount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.brieflens.nlp.Token;

/**
 * Unit phrases (currency markers, scale words, percent markers) matched on CoreNLP tokens: a
 * phrase is a sequence of token texts, compared case-insensitively or exactly as written.
 *
 * @param <V> what a phrase stands for
 */
final class TokenPhrases<V> {
    /** A phrase found at a position: its value and how many tokens it covers. */
    record Match<V>(V value, int length) {
    }

    private record Entry<V>(String[] tokens, boolean exact, V value) {
        boolean matches(List<Token> sentence, String[] lower, int at) {
            if (at + tokens.length > lower.length) {
                return false;
            }
            for (int k = 0; k < tokens.length; k++) {
                String have = exact ? sentence.get(at + k).text() : lower[at + k];
                if (!have.equals(tokens[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();

    /** Adds a phrase written as space-separated tokens; {@code exact} phrases match only as written. */
    void add(String phrase, boolean exact, V value) {
        String[] tokens = phrase.strip().split(" +");
        if (!exact) {
            for (int k = 0; k < tokens.length; k++) {
                tokens[k] = lower(tokens[k]);
            }
        }
        List<Entry<V>> entries = byFirstToken.computeIfAbsent(lower(tokens[0]), k -> new ArrayList<>());
        entries.add(new Entry<>(tokens, exact, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens().length));
    }

    /**
     * The longest phrase starting at token {@code at} whose value passes the filter, or null.
     *
     * @param lower the token texts in lower case, as {@link #lower(String)} gives them
     */
    Match<V> at(List<Token> tokens, String[] lower, int at, Predicate<V> filter) {
        if (at >= lower.length) {
            return null;
        }
        List<Entry<V>> entries = byFirstToken.get(lower[at]);
        if (entries != null) {
            for (Entry<V> e : entries) {
                if (filter.test(e.value()) && e.matches(tokens, lower, at)) {
                    return new Match<>(e.value(), e.tokens().length);
                }
            }
        }
        return null;
    }

    /** The value of a one-token phrase equal to {@code text} (a part glued to a number), or null. */
    V single(String text, Predicate<V> filter) {
        List<Entry<V>> entries = byFirstToken.get(lower(text));
        if (entries != null) {
            for (Entry<V> e : entries) {
                if (e.tokens().length == 1 && filter.test(e.value())
                        && (e.exact() ? text.equals(e.tokens()[0]) : lower(text).equals(e.tokens()[0]))) {
                    return e.value();
                }
            }
        }
        return null;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
