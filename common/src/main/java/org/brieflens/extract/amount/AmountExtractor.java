package org.brieflens.extract.amount;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.brieflens.extract.Mention;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;

/**
 * Finds money and percent amounts in a sentence and ties each to the metric, company, direction,
 * comparison basis and period it describes, with cheap rules over the CoreNLP tokens (no SUTime,
 * no numeric classifiers). All vocabulary is data: the {@code .tsv} files next to this class.
 *
 * <ul>
 *   <li>Amounts: {@link QuantityScanner} (forms, ranges).</li>
 *   <li>Metric, direction, basis, period: {@link ContextResolver}.</li>
 *   <li>Company: {@link CompanyPicker}.</li>
 *   <li>An amount in parentheses right after another money amount ("$1.13bn (£600m)") is the same
 *       figure in another currency and takes that amount's context and company.</li>
 * </ul>
 *
 * <p>Work per sentence is linear in its tokens: one scan for amounts, and only when there is one,
 * one scan per cue table and bounded windows per amount. Sentences without amounts allocate only
 * the lower-cased token texts. Instances are immutable and thread-safe; serialising one ships no
 * data (the lexicon is read again, once per JVM, on the other side).
 */
public final class AmountExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient AmountLexicon lexicon;
    private final transient QuantityScanner scanner;

    private AmountExtractor(AmountLexicon lexicon) {
        this.lexicon = lexicon;
        this.scanner = new QuantityScanner(lexicon);
    }

    private static final class Holder {
        static final AmountExtractor INSTANCE = new AmountExtractor(AmountLexicon.packaged());
    }

    /**
     * The extractor over the packaged data files, read once per JVM.
     *
     * @throws IllegalStateException when a data file is missing or malformed
     */
    public static AmountExtractor load() {
        return Holder.INSTANCE;
    }

    private Object readResolve() {
        return load();
    }

    /**
     * Amounts in one sentence, in text order.
     *
     * @param sentence the annotated sentence (document offsets)
     * @param mentions that sentence's mentions (document offsets), sorted by charBegin; any entity
     *                 type, only companies and products are used; may be empty
     * @return the amounts; empty when the sentence has none
     */
    public List<Amount> extract(Sentence sentence, List<Mention> mentions) {
        List<Token> tokens = sentence.tokens();
        String[] lower = new String[tokens.size()];
        for (int t = 0; t < lower.length; t++) {
            lower[t] = TokenPhrases.lower(tokens.get(t).text());
        }
        List<Quantity> quantities = scanner.scan(tokens, lower);
        if (quantities.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(tokens, lower, lexicon.boundaries);
        SentenceCues cues = SentenceCues.of(words, quantities, lexicon);
        CompanyPicker companies = CompanyPicker.of(tokens, words, mentions == null ? List.of() : mentions, lexicon);
        String evidence = sentence.text().strip();
        List<Amount> amounts = new ArrayList<>(quantities.size());
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            int begin = tokens.get(q.tokenBegin()).begin();
            int end = tokens.get(q.tokenEnd() - 1).end();
            String surface = surface(sentence, tokens, q, begin, end);
            Amount previous = i > 0 && sameFigure(quantities.get(i - 1), q, lower) ? amounts.get(i - 1) : null;
            if (previous != null) {
                amounts.add(new Amount(sentence.index(), sentence.section(), begin, end, surface, q.kind(), q.value(),
                        q.currency(), previous.direction(), previous.basis(), previous.period(), previous.metric(),
                        previous.companyId(), previous.companyName(), evidence));
                continue;
            }
            int wordBegin = cues.wordBegin(q);
            int wordEnd = cues.wordEnd(q);
            ContextResolver.Context context = ContextResolver.resolve(cues, wordBegin, wordEnd, q.sign());
            Mention company = companies.pick(begin, end, wordEnd, words.clause(wordBegin));
            amounts.add(new Amount(sentence.index(), sentence.section(), begin, end, surface, q.kind(), q.value(),
                    q.currency(), context.direction(), context.basis(), context.period(), context.metric(),
                    company == null ? null : company.entityId(), company == null ? null : company.entityName(),
                    evidence));
        }
        return amounts;
    }

    /** Whether {@code b} is {@code a} in another currency: "$1.13bn (£600m)". */
    private static boolean sameFigure(Quantity a, Quantity b, String[] lower) {
        return a.money() && b.money() && b.tokenBegin() == a.tokenEnd() + 1 && lower[a.tokenEnd()].equals("(")
                && b.tokenEnd() < lower.length && lower[b.tokenEnd()].equals(")");
    }

    /** The text as written; token texts joined when the sentence offsets do not fit (hand-built sentences). */
    private static String surface(Sentence sentence, List<Token> tokens, Quantity q, int begin, int end) {
        int from = begin - sentence.begin();
        int to = end - sentence.begin();
        if (from >= 0 && to <= sentence.text().length() && from <= to) {
            return sentence.text().substring(from, to);
        }
        StringBuilder text = new StringBuilder();
        for (int t = q.tokenBegin(); t < q.tokenEnd(); t++) {
            text.append(t > q.tokenBegin() ? " " : "").append(tokens.get(t).text());
        }
        return text.toString();
    }
}
