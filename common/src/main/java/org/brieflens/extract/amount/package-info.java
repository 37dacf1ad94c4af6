/**
 * The AMOUNTS extractor: money and percent expressions of a sentence, each tied to the metric,
 * company, direction, comparison basis and period it describes. Entry point:
 * {@link org.brieflens.extract.amount.AmountExtractor}; output:
 * {@link org.brieflens.extract.amount.Amount}.
 *
 * <p>Cheap rules over CoreNLP tokens only (no SUTime, no numeric classifiers). All vocabulary is
 * data in the {@code .tsv} files of this package's resource folder: {@code currencies.tsv},
 * {@code scales.tsv}, {@code percent-units.tsv} (what an amount is), {@code metric-cues.tsv},
 * {@code direction-cues.tsv}, {@code basis-cues.tsv} (what it means) and {@code context-words.tsv}
 * (link words, clause boundaries and the words that steer company choice).
 *
 * <p>Pipeline per sentence: {@link org.brieflens.extract.amount.QuantityScanner} finds amounts in
 * one pass over the tokens; only if there is one, {@link org.brieflens.extract.amount.Words} and
 * {@link org.brieflens.extract.amount.SentenceCues} index the cues once, and
 * {@link org.brieflens.extract.amount.ContextResolver} and
 * {@link org.brieflens.extract.amount.CompanyPicker} look at bounded windows around each amount.
 */
package org.brieflens.extract.amount;
