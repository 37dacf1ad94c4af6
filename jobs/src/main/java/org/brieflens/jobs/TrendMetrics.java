package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics of one entity's dense series: share of voice, change against the previous period,
 * a rolling mean of the last {@value #ROLLING_PERIODS} periods, a z-score against the trailing
 * {@value #BASELINE_PERIODS}, and rank and rank change. Computed the way Spark SQL's window
 * functions computed them before (same operations in the same order), so the doubles agree.
 */
final class TrendMetrics {
    static final int ROLLING_PERIODS = 4;
    static final int BASELINE_PERIODS = 8;
    /** The metric columns every trend table ends with, in the order of {@link Period#values()}. */
    static final List<String> NAMES = List.of("share_of_voice", "change", "change_pct", "rolling_mean_4", "z_score_8",
            "rank", "rank_change");

    private TrendMetrics() {
    }

    /** The metrics of one period; null where the metric is undefined. */
    record Period(double shareOfVoice, Long change, Double changePct, double rollingMean4, Double zScore8,
                  Integer rank, Integer rankChange) {
        Object[] values() {
            return new Object[] {shareOfVoice, change, changePct, rollingMean4, zScore8, rank, rankChange};
        }
    }

    /**
     * The metrics of each period of a series, oldest first.
     *
     * @param measures the entity's measure in each period, zeros included
     * @param totals   the measure summed over its peers in each period
     * @param ranks    its rank among its peers in each period, null where it ranks nowhere
     */
    static List<Period> of(long[] measures, long[] totals, Integer[] ranks) {
        List<Period> periods = new ArrayList<>(measures.length);
        for (int i = 0; i < measures.length; i++) {
            long measure = measures[i];
            Long previous = i > 0 ? measures[i - 1] : null;
            Integer previousRank = i > 0 ? ranks[i - 1] : null;
            periods.add(new Period(
                    totals[i] > 0 ? (double) measure / totals[i] : 0.0,
                    previous == null ? null : measure - previous,
                    previous != null && previous > 0 ? (double) (measure - previous) / previous * 100 : null,
                    mean(measures, i - (ROLLING_PERIODS - 1), i + 1),
                    zScore(measures, i),
                    ranks[i],
                    previousRank == null || ranks[i] == null ? null : previousRank - ranks[i]));
        }
        return periods;
    }

    /** (measure - mean) / sample standard deviation of the up to 8 previous periods; null when that is not > 0. */
    private static Double zScore(long[] measures, int i) {
        int from = Math.max(0, i - BASELINE_PERIODS);
        Double spread = sampleStddev(measures, from, i);
        return spread == null || spread <= 0 ? null : (measures[i] - mean(measures, from, i)) / spread;
    }

    /** Mean of measures[from, to), from clipped at the start: a sum of doubles over a count, as SQL avg. */
    private static double mean(long[] measures, int from, int to) {
        double sum = 0.0;
        int start = Math.max(0, from);
        for (int j = start; j < to; j++) {
            sum += measures[j];
        }
        return sum / (to - start);
    }

    /**
     * Sample standard deviation of measures[from, to) by the running update SQL stddev_samp uses;
     * null for fewer than two values.
     */
    private static Double sampleStddev(long[] measures, int from, int to) {
        double n = 0.0;
        double mean = 0.0;
        double m2 = 0.0;
        for (int j = from; j < to; j++) {
            double count = n + 1.0;
            double delta = measures[j] - mean;
            double deltaN = delta / count;
            mean += deltaN;
            m2 += delta * (delta - deltaN);
            n = count;
        }
        return n < 2.0 ? null : Math.sqrt(m2 / (n - 1.0));
    }
}
