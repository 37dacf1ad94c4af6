package org.brieflens.extract.amount;

import java.util.Comparator;
import java.util.List;
import org.brieflens.extract.Mention;
import org.brieflens.nlp.Token;

/**
 * Picks the company an amount describes among the sentence's company and product mentions. The
 * subject or possessor usually comes first ("X's revenue rose 10%", "revenue at X rose 10%", "X
 * reported a 26% rise"), so, in order:
 *
 * <ol>
 *   <li>a mention at most {@value #AFTER_POSSESSOR_WORDS} words after the amount, in its clause,
 *       right after an {@code after_possessor} word ("compared with 8% at Google", "a 26% rise in
 *       revenue at Alibaba");</li>
 *   <li>the nearest mention before the amount in its clause, skipping one right after a
 *       non-subject word ("from", "by", "than", "with" ...: "raised $20m from Sequoia");</li>
 *   <li>the first mention after the amount in its clause, unless after such a word ("a 26% rise at X");</li>
 *   <li>the nearest such mention before the amount in an earlier clause;</li>
 *   <li>the nearest skipped mention before the amount, then the first mention after it, anywhere.</li>
 * </ol>
 *
 * At most {@value #MAX_LOOK_BACK} mentions before an amount are examined, so the work per amount is bounded.
 */
final class CompanyPicker {
    static final int MAX_LOOK_BACK = 6;
    static final int AFTER_POSSESSOR_WORDS = 4;

    private final Mention[] mentions;
    private final int[] word;
    private final int[] clause;
    private final boolean[] nonSubject;
    private final boolean[] afterPossessor;

    private CompanyPicker(Mention[] mentions, int[] word, int[] clause, boolean[] nonSubject, boolean[] afterPossessor) {
        this.mentions = mentions;
        this.word = word;
        this.clause = clause;
        this.nonSubject = nonSubject;
        this.afterPossessor = afterPossessor;
    }

    /** A picker over the company and product mentions among {@code all} (document offsets). */
    static CompanyPicker of(List<Token> tokens, Words words, List<Mention> all, AmountLexicon lex) {
        Mention[] companies = all.stream().filter(m -> m.type().company())
                .sorted(Comparator.comparingInt(Mention::charBegin)).toArray(Mention[]::new);
        int n = companies.length;
        int[] word = new int[n];
        int[] clause = new int[n];
        boolean[] nonSubject = new boolean[n];
        boolean[] afterPossessor = new boolean[n];
        for (int i = 0; i < n; i++) {
            int w = words.firstWordOf(firstTokenAtOrAfter(tokens, companies[i].charBegin()));
            String previous = w > 0 && w <= words.size() ? words.text(w - 1) : "";
            word[i] = w;
            clause[i] = words.size() == 0 ? 0 : words.clause(Math.min(w, words.size() - 1));
            nonSubject[i] = lex.nonSubjects.contains(previous);
            afterPossessor[i] = lex.afterPossessors.contains(previous);
        }
        return new CompanyPicker(companies, word, clause, nonSubject, afterPossessor);
    }

    /**
     * The mention for an amount, or null.
     *
     * @param begin        document offset of the amount
     * @param end          document offset after it
     * @param wordEnd      index of the word after it
     * @param amountClause clause of its first word
     */
    Mention pick(int begin, int end, int wordEnd, int amountClause) {
        int firstAfter = firstStartingAtOrAfter(end);
        if (firstAfter < mentions.length && afterPossessor[firstAfter] && clause[firstAfter] == amountClause
                && word[firstAfter] - wordEnd <= AFTER_POSSESSOR_WORDS) {
            return mentions[firstAfter];
        }
        int before = -1;
        int skipped = -1;
        int lastBefore = firstStartingAtOrAfter(begin) - 1;
        for (int i = lastBefore; i >= 0 && i > lastBefore - MAX_LOOK_BACK && before < 0; i--) {
            if (mentions[i].charEnd() > begin) {
                continue; // overlaps the amount
            }
            if (nonSubject[i]) {
                skipped = skipped < 0 ? i : skipped;
            } else {
                before = i;
            }
        }
        boolean afterOk = firstAfter < mentions.length && !nonSubject[firstAfter] && clause[firstAfter] == amountClause;
        if (before >= 0 && clause[before] == amountClause) {
            return mentions[before];
        }
        if (afterOk) {
            return mentions[firstAfter];
        }
        int chosen = before >= 0 ? before : skipped >= 0 ? skipped : firstAfter;
        return chosen < mentions.length ? mentions[chosen] : null;
    }

    /** Index of the first mention starting at or after a document offset (mentions.length when none). */
    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].charBegin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
