package org.brieflens.extract.amount;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything {@link AmountExtractor} knows, read from the data files of this package once per
 * JVM: currency markers, scale words, percent markers, metric, direction and basis cues, and the
 * function words that steer the search. Immutable after loading.
 */
final class AmountLexicon {
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    private static final Set<String> DIRECTIONS = Set.of("up", "down", "none");
    private static final Set<String> BASES = Set.of("yoy", "qoq", "mom");

    /** A currency marker: its ISO code, where it stands, and whether it needs a scale word before it. */
    record Currency(String code, boolean prefix, boolean suffix, boolean needsScale) {
    }

    /** A metric cue: the metric, and whether it is weak (used only when no strong cue qualifies). */
    record MetricCue(String metric, boolean weak) {
    }

    final TokenPhrases<Currency> currencies = new TokenPhrases<>();
    final TokenPhrases<Double> scales = new TokenPhrases<>();
    final TokenPhrases<Boolean> percents = new TokenPhrases<>();
    final PhraseTable<MetricCue> metrics = new PhraseTable<>();
    final PhraseTable<String> directions = new PhraseTable<>();
    final PhraseTable<String> bases = new PhraseTable<>();
    final Set<String> links = new HashSet<>();
    final Set<String> boundaries = new HashSet<>();
    final Set<String> nonSubjects = new HashSet<>();
    final Set<String> notModifiers = new HashSet<>();
    final Set<String> afterPossessors = new HashSet<>();
    final Set<String> comparisons = new HashSet<>();

    private AmountLexicon() {
    }

    private static final class Holder {
        static final AmountLexicon INSTANCE = read();
    }

    /** The lexicon of the packaged data files, read on first use. */
    static AmountLexicon packaged() {
        return Holder.INSTANCE;
    }

    private static AmountLexicon read() {
        AmountLexicon lex = new AmountLexicon();
        for (DataFile.Row r : DataFile.read("currencies.tsv", "phrase", "code", "position", "match", "needs_scale")) {
            if (!ISO_CODE.matcher(r.get(1)).matches()) {
                throw r.error("not an ISO 4217 code: " + r.get(1));
            }
            String position = oneOf(r, 2, Set.of("prefix", "suffix", "both"));
            lex.currencies.add(r.get(0), exact(r, 3), new Currency(r.get(1), !position.equals("suffix"),
                    !position.equals("prefix"), oneOf(r, 4, Set.of("yes", "no")).equals("yes")));
        }
        for (DataFile.Row r : DataFile.read("scales.tsv", "phrase", "multiplier", "match")) {
            lex.scales.add(r.get(0), exact(r, 2), positive(r, 1));
        }
        for (DataFile.Row r : DataFile.read("percent-units.tsv", "phrase", "match")) {
            lex.percents.add(r.get(0), exact(r, 1), Boolean.TRUE);
        }
        for (DataFile.Row r : DataFile.read("metric-cues.tsv", "phrase", "metric", "strength")) {
            lex.metrics.add(r.get(0), new MetricCue(r.get(1), oneOf(r, 2, Set.of("strong", "weak")).equals("weak")));
        }
        for (DataFile.Row r : DataFile.read("direction-cues.tsv", "phrase", "direction")) {
            lex.directions.add(r.get(0), oneOf(r, 1, DIRECTIONS));
        }
        for (DataFile.Row r : DataFile.read("basis-cues.tsv", "phrase", "basis")) {
            lex.bases.add(r.get(0), oneOf(r, 1, BASES));
        }
        for (DataFile.Row r : DataFile.read("context-words.tsv", "role", "word")) {
            String word = oneWord(r, 1);
            switch (oneOf(r, 0, Set.of("link", "boundary", "non_subject", "not_modifier", "after_possessor",
                    "comparison"))) {
                case "link" -> lex.links.add(word);
                case "boundary" -> lex.boundaries.add(word);
                case "non_subject" -> lex.nonSubjects.add(word);
                case "not_modifier" -> lex.notModifiers.add(word);
                case "after_possessor" -> lex.afterPossessors.add(word);
                default -> lex.comparisons.add(word);
            }
        }
        return lex;
    }

    /** The cell as the one word {@link Words} makes of it. */
    private static String oneWord(DataFile.Row r, int column) {
        List<String> words = Words.phrase(r.get(column));
        if (words.size() != 1 || !words.get(0).equals(r.get(column).toLowerCase(java.util.Locale.ROOT))) {
            throw r.error("'" + r.get(column) + "' is not one lower-case word as sentences are split");
        }
        return words.get(0);
    }

    private static boolean exact(DataFile.Row r, int column) {
        return oneOf(r, column, Set.of("any", "exact")).equals("exact");
    }

    private static String oneOf(DataFile.Row r, int column, Set<String> allowed) {
        if (!allowed.contains(r.get(column))) {
            throw r.error("'" + r.get(column) + "' is not one of " + allowed);
        }
        return r.get(column);
    }

    private static double positive(DataFile.Row r, int column) {
        try {
            double v = Double.parseDouble(r.get(column));
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw r.error("not a positive number: " + r.get(column));
    }
}
