package org.brieflens.extract.amount;

import java.util.List;
import org.brieflens.extract.amount.AmountLexicon.MetricCue;

/**
 * Attaches metric, direction, basis and period to an amount from the cues around it.
 *
 * <ul>
 *   <li><b>After</b> the amount, up to 8 words that are all cues or link words ("a 26% year-over-year
 *       revenue increase", "$53 billion investment", "$5bn in annual revenue"), plus at most one other
 *       word right before the first metric cue ("$2.4bn in cloud revenue"; not a {@code not_modifier}
 *       word such as "and": "10% of staff and prices rose" keeps "staff"); stops at anything else.</li>
 *   <li><b>Before</b> it, up to 12 words in the same clause; the nearest cue of each kind wins.
 *       A direction counts only within 6 words and without punctuation between ("shares fell 3.5%",
 *       "jumped 76% to $1.13bn": other amounts are no obstacle). Other amounts cut the window into
 *       segments and the metric comes from the nearest segment holding a cue: "growth of 5-7%" after
 *       "margins between 5% and 7%" is growth, while "profits ... jumped 76% to $1.13bn" gives the
 *       $1.13bn profit.</li>
 *   <li><b>Metric</b>: strong after, else strong before, else weak after, else weak before.</li>
 *   <li><b>Direction</b>: after, else before, else the sign written on the number ("-5%").</li>
 *   <li><b>Basis</b>: the nearest basis cue within 12 words either side, same clause; ties go after
 *       (see {@link #basis}).</li>
 *   <li><b>Period</b>: the nearest period anywhere in the sentence, baselines ("compared to 2023") left
 *       out; ties go after.</li>
 * </ul>
 */
final class ContextResolver {
    static final int AFTER_WORDS = 8;
    static final int BEFORE_WORDS = 12;
    static final int DIRECTION_WORDS = 6;
    static final int BASIS_WORDS = 12;
    private static final String NONE = "none";

    /** What the cues say about one amount; null fields when they say nothing. */
    record Context(String metric, String direction, String basis, String period) {
    }

    private ContextResolver() {
    }

    /** The context of the amount in words {@code [begin, end)} with the given written sign. */
    static Context resolve(SentenceCues cues, int begin, int end, int sign) {
        String[] after = after(cues, end);
        String[] before = before(cues, begin);
        String metric = first(after[0], before[0], after[1], before[1]);
        String signed = sign > 0 ? "up" : sign < 0 ? "down" : null;
        return new Context(metric, first(after[2], before[2], signed), basis(cues, begin, end),
                period(cues.periods, begin, end));
    }

    /** Cues attached after the amount: {strong metric, weak metric, direction}. */
    private static String[] after(SentenceCues cues, int end) {
        String[] found = new String[3];
        Words words = cues.words;
        boolean freeWordUsed = false;
        int k = end;
        for (int steps = 0; k < words.size() && steps < AFTER_WORDS && !cues.amountWord(k); steps++) {
            int next = k;
            if (cues.metrics.startsAt(k)) {
                MetricCue m = cues.metrics.value(k);
                int slot = m.weak() ? 1 : 0;
                found[slot] = found[slot] == null ? m.metric() : found[slot];
                next = cues.metrics.end(k);
            }
            if (cues.directions.startsAt(k)) {
                String d = cues.directions.value(k);
                found[2] = found[2] == null && !NONE.equals(d) ? d : found[2];
                next = Math.max(next, cues.directions.end(k));
            }
            next = Math.max(next, cues.bases.startsAt(k) ? cues.bases.end(k) : k);
            next = Math.max(next, cues.periodHits.startsAt(k) ? cues.periodHits.end(k) : k);
            if (next == k) {
                boolean free = !freeWordUsed && found[0] == null && found[1] == null && freeWord(cues, k);
                if (!cues.links.contains(words.text(k)) && !free) {
                    break;
                }
                freeWordUsed |= free && !cues.links.contains(words.text(k));
                next = k + 1;
            }
            k = next;
        }
        return found;
    }

    /** A modifier right before a metric cue, in the same clause: "cloud" in "$2.4bn in cloud revenue". */
    private static boolean freeWord(SentenceCues cues, int k) {
        Words words = cues.words;
        return !words.punctuation(k) && !cues.notModifiers.contains(words.text(k)) && k + 1 < words.size()
                && words.clause(k + 1) == words.clause(k) && !cues.amountWord(k + 1) && cues.metrics.startsAt(k + 1);
    }

    /**
     * Nearest cues before the amount in its clause: {strong metric, weak metric, direction}. Other
     * amounts cut the window into segments; the metric comes from the nearest segment with a cue.
     */
    private static String[] before(SentenceCues cues, int begin) {
        String[] found = new String[3];
        Words words = cues.words;
        boolean directionOpen = true;
        boolean metricOpen = true;
        for (int k = begin - 1; k >= 0 && begin - k <= BEFORE_WORDS && words.clause(k) == words.clause(begin); k--) {
            if (cues.amountWord(k)) {
                metricOpen = found[0] == null && found[1] == null;
            } else if (words.punctuation(k)) {
                directionOpen = false;
            }
            if (metricOpen && cues.metrics.endsAt(k)) {
                MetricCue m = cues.metrics.value(k);
                int slot = m.weak() ? 1 : 0;
                found[slot] = found[slot] == null ? m.metric() : found[slot];
            }
            if (directionOpen && found[2] == null && begin - k <= DIRECTION_WORDS && cues.directions.endsAt(k)
                    && !NONE.equals(cues.directions.value(k))) {
                found[2] = cues.directions.value(k);
            }
        }
        return found;
    }

    /**
     * The nearest basis cue within {@value #BASIS_WORDS} words either side in the clause; ties go after.
     * Looking ahead stops at another amount once a direction cue was passed: in "cut 10% of staff
     * and prices rose 3% month-over-month" the basis belongs to the 3%.
     */
    private static String basis(SentenceCues cues, int begin, int end) {
        Words words = cues.words;
        boolean aheadOpen = true;
        boolean directionPassed = false;
        for (int d = 0; d < BASIS_WORDS; d++) {
            int after = end + d;
            aheadOpen &= after < words.size() && words.clause(after) == words.clause(begin)
                    && !(directionPassed && cues.amountWord(after));
            if (aheadOpen && cues.bases.startsAt(after)) {
                return cues.bases.value(after);
            }
            directionPassed |= aheadOpen && cues.directions.startsAt(after)
                    && !NONE.equals(cues.directions.value(after));
            int before = begin - 1 - d;
            if (before >= 0 && words.clause(before) == words.clause(begin) && cues.bases.endsAt(before)) {
                return cues.bases.value(before);
            }
        }
        return null;
    }

    /** Label of the period nearest to words {@code [begin, end)}; binary search over the ordered periods. */
    static String period(List<PeriodFinder.Period> periods, int begin, int end) {
        int lo = 0;
        int hi = periods.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (periods.get(mid).begin() < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        PeriodFinder.Period after = lo < periods.size() ? periods.get(lo) : null;
        PeriodFinder.Period before = lo > 0 ? periods.get(lo - 1) : null;
        if (before == null || before.end() > begin) {
            return after == null ? null : after.label();
        }
        return after != null && after.begin() - end <= begin - before.end() ? after.label() : before.label();
    }

    @SafeVarargs
    private static <T> T first(T... options) {
        for (T t : options) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
