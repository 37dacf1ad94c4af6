package org.brieflens.eval;

import java.util.Set;

/** Micro-averaged counts of one field over a gold set. */
record Score(long truePositives, long falsePositives, long falseNegatives) {
    static final Score ZERO = new Score(0, 0, 0);

    static <T> Score of(Set<T> predicted, Set<T> gold) {
        long hits = predicted.stream().filter(gold::contains).count();
        return new Score(hits, predicted.size() - hits, gold.size() - hits);
    }

    Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Precision; 1 when nothing was predicted. */
    double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Recall; 1 when the gold set holds nothing. */
    double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
