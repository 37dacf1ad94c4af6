package org.brieflens.extract.amount;

import java.util.List;
import java.util.Set;
import org.brieflens.extract.amount.AmountLexicon.MetricCue;

/**
 * The cues of one sentence, found once: metric, direction and basis phrases, periods, and which
 * words belong to amounts. {@link ContextResolver} reads them around each amount.
 */
final class SentenceCues {
    final Words words;
    final PhraseTable.Hits<MetricCue> metrics;
    final PhraseTable.Hits<String> directions;
    final PhraseTable.Hits<String> bases;
    final PhraseTable.Hits<String> periodHits;
    /** The sentence's periods that are no baseline, in order. */
    final List<PeriodFinder.Period> periods;
    final Set<String> links;
    final Set<String> notModifiers;
    private final boolean[] amountWord;

    private SentenceCues(Words words, AmountLexicon lex, boolean[] amountWord) {
        this.words = words;
        this.amountWord = amountWord;
        this.metrics = lex.metrics.scan(words);
        this.directions = lex.directions.scan(words);
        this.bases = lex.bases.scan(words);
        List<PeriodFinder.Period> all = PeriodFinder.find(words, amountWord, lex.comparisons);
        this.periodHits = new PhraseTable.Hits<>(words.size());
        all.forEach(p -> periodHits.set(p.begin(), p.end(), p.label()));
        this.periods = all.stream().filter(p -> !p.baseline()).toList();
        this.links = lex.links;
        this.notModifiers = lex.notModifiers;
    }

    /** Cues of the words, where the quantities are the sentence's amounts. */
    static SentenceCues of(Words words, List<Quantity> quantities, AmountLexicon lex) {
        boolean[] amountWord = new boolean[words.size()];
        for (Quantity q : quantities) {
            for (int w = words.firstWordOf(q.tokenBegin()); w < words.firstWordOf(q.tokenEnd()); w++) {
                amountWord[w] = true;
            }
        }
        return new SentenceCues(words, lex, amountWord);
    }

    /** Whether word {@code w} belongs to an amount. */
    boolean amountWord(int w) {
        return amountWord[w];
    }

    /** First word of a quantity. */
    int wordBegin(Quantity q) {
        return words.firstWordOf(q.tokenBegin());
    }

    /** Index after the last word of a quantity. */
    int wordEnd(Quantity q) {
        return words.firstWordOf(q.tokenEnd());
    }
}
