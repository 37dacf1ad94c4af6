package org.brieflens.extract.amount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue phrases matched on {@link Words}: left to right, the longest phrase starting at a word wins
 * and claims its words, so "market share" hides "share" and "up to" hides "up".
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {
    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /**
     * Adds a phrase, split into words as sentences are.
     *
     * @throws IllegalArgumentException when the phrase has no word
     */
    void add(String phrase, V value) {
        String[] words = Words.phrase(phrase).toArray(String[]::new);
        if (words.length == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        entries.add(new Entry<>(words, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().length));
    }

    /** The phrases found in the words, one left-to-right pass. */
    Hits<V> scan(Words words) {
        Hits<V> hits = new Hits<>(words.size());
        int w = 0;
        while (w < words.size()) {
            Entry<V> e = longestAt(words, w);
            if (e == null) {
                w++;
            } else {
                hits.set(w, w + e.words().length, e.value());
                w += e.words().length;
            }
        }
        return hits;
    }

    private Entry<V> longestAt(Words words, int w) {
        List<Entry<V>> entries = byFirstWord.get(words.text(w));
        if (entries == null) {
            return null;
        }
        for (Entry<V> e : entries) {
            if (matches(e.words(), words, w)) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(String[] phrase, Words words, int w) {
        if (w + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(words.text(w + k))) {
                return false;
            }
        }
        return true;
    }

    /** Where phrases were found: for every word, the hit covering it (start, end, value) or none. */
    static final class Hits<V> {
        private final int[] start;
        private final int[] end;
        private final Object[] value;

        Hits(int size) {
            start = new int[size];
            end = new int[size];
            value = new Object[size];
            Arrays.fill(start, -1);
        }

        void set(int from, int to, V v) {
            for (int w = from; w < to; w++) {
                start[w] = from;
                end[w] = to;
                value[w] = v;
            }
        }

        /** Whether a hit starts at word {@code w}. */
        boolean startsAt(int w) {
            return start[w] == w;
        }

        /** Whether a hit ends with word {@code w}. */
        boolean endsAt(int w) {
            return start[w] >= 0 && end[w] == w + 1;
        }

        /** End (exclusive) of the hit covering word {@code w}; only when one does. */
        int end(int w) {
            return end[w];
        }

        @SuppressWarnings("unchecked")
        V value(int w) {
            return (V) value[w];
        }
    }
}
