package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.brieflens.brief.Section;
import org.brieflens.extract.EntityType;
import org.brieflens.extract.Mention;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * Generated 20,000-token sentences, realistic and adversarial, complete and give sane results.
 * The work is linear by construction (one token scan, bounded windows); no timing is asserted.
 */
class AmountExtractorScaleTest {
    private static final int TOKENS = 20_000;
    private static final AmountExtractor EXTRACTOR = AmountExtractor.load();

    @Test
    void aLongSentenceOfRepeatedClausesGivesEveryAmountItsContext() {
        String[] clause = {"Apple", "'s", "revenue", "rose", "5", "%", "to", "$", "3bn", "in", "Q2", "2025", "and"};
        int repeats = TOKENS / clause.length + 1;
        Sentence s = sentence(repeats * clause.length, i -> clause[i % clause.length]);
        List<Mention> apples = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.text().equals("Apple")) {
                apples.add(Marked.company(t.begin(), t.end(), "Apple", EntityType.COMPANY, "apple", "Apple"));
            }
        }

        List<Amount> amounts = EXTRACTOR.extract(s, apples);

        // Compact views only: every amount carries the 120 kB sentence as evidence.
        assertThat(amounts.size()).isEqualTo(2 * repeats);
        assertThat(amounts.stream().map(a -> a.kind() + " " + a.metric() + " " + a.direction() + " " + a.period()
                + " " + a.companyId()).distinct().toList())
                .containsExactly("PERCENT revenue up 2025-Q2 apple", "MONEY revenue up 2025-Q2 apple");
    }

    @Test
    void adversarialSentencesComplete() {
        List<String[]> patterns = List.of(
                new String[] {"5", "-"},                        // endless range connectors
                new String[] {"between", "5", "%", "and"},      // endless "between" chains
                new String[] {"$"},                             // currency markers without numbers
                new String[] {"$", "1bn", "-"},                 // endless money ranges
                new String[] {"(", "$", "1bn"},                 // endless parenthesised equivalents
                new String[] {"1,000"},                          // bare numbers
                new String[] {"Q2", "2025", "fiscal"},           // periods only
                new String[] {"year", "-", "over-year", "revenue", "rose", "up", "to"}, // cues only
                new String[] {"5", "per"},                       // half a percent marker
                new String[] {"5", "%", ";"});                   // an amount per clause
        for (String[] pattern : patterns) {
            Sentence s = sentence(TOKENS, i -> pattern[i % pattern.length]);
            List<Mention> everyTenthToken = new ArrayList<>();
            for (int i = 0; i < TOKENS; i += 10) {
                Token t = s.tokens().get(i);
                everyTenthToken.add(Marked.company(t.begin(), t.end(), t.text(), EntityType.COMPANY, "c" + i, "C" + i));
            }

            List<Amount> amounts = EXTRACTOR.extract(s, everyTenthToken);

            String name = String.join(" ", pattern);
            assertThat(amounts.size()).as(name).isLessThanOrEqualTo(TOKENS);
            assertThat(amounts.stream().filter(a -> !(a.charEnd() > a.charBegin() && a.value() >= 0
                    && Double.isFinite(a.value()) && (a.kind().equals(Amount.MONEY) == (a.currency() != null))))
                    .map(a -> a.surface() + "@" + a.charBegin()).limit(5).toList()).as(name).isEmpty();
        }
    }

    @Test
    void aLongSentenceWithoutAmountsGivesNone() {
        String[] words = {"Revenue", "at", "Apple", "rose", "sharply", "in", "Q2", "2025", ","};
        assertThat(EXTRACTOR.extract(sentence(TOKENS, i -> words[i % words.length]), List.of()).size()).isZero();
    }

    /** A sentence of {@code count} tokens separated by single spaces. */
    private static Sentence sentence(int count, IntFunction<String> token) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String t = token.apply(i);
            tokens.add(new Token(t, text.length(), text.length() + t.length(), "O"));
            text.append(t);
        }
        return new Sentence(0, Section.BODY, 0, text.length(), text.toString(), tokens);
    }
}
