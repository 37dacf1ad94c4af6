package org.brieflens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Whether a cue is negated by the words right before it. */
final class CueNegation {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "ended", "ends", "ending",
            "terminated", "terminates", "terminate", "denied", "denies", "cannot", "scrapped", "scraps", "abandoned",
            "cancelled", "canceled", "rejected", "rejects");
    /** "Not only competes with X but ..." still asserts the relation. */
    private static final Set<String> NOT_ONLY = Set.of("only", "just", "merely");
    /** Phrasal verbs that undo the cue: "walking away from its deal with", "pulled out of a deal with". */
    private static final Pattern WITHDRAWAL = Pattern.compile(
            "\\b(?:walk|walks|walked|walking|pull|pulls|pulled|pulling|back|backs|backed|backing|call|calls|called|"
            + "calling)\\s+(?:away|out|off)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final int WINDOW = 3;
    /** Withdrawal phrases are longer: "walking away from the Virtustream deal with". */
    private static final int WIDE_WINDOW = 5;

    private CueNegation() {
    }

    /**
     * Whether a negation word lies within three words before the cue, in the same clause: "does not
     * compete with", "no longer partners with", "ended its partnership with". The clause stops at a
     * comma, semicolon or colon because negation rarely reaches across them. A withdrawal ("walked
     * away from", "pulled out of") within five words negates too; "not only" does not.
     */
    static boolean negated(String text, int cueStart) {
        String before = text.substring(0, cueStart);
        String clause = before.substring(Math.max(before.lastIndexOf(','),
                Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'))) + 1);
        List<String> words = WORD.matcher(clause.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        List<String> window = words.subList(Math.max(0, words.size() - WINDOW), words.size());
        for (int i = 0; i < window.size(); i++) {
            String w = window.get(i);
            boolean notOnly = i + 1 < window.size() && NOT_ONLY.contains(window.get(i + 1));
            if (!notOnly && (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t"))) {
                return true;
            }
        }
        String wide = String.join(" ", words.subList(Math.max(0, words.size() - WIDE_WINDOW), words.size()));
        return String.join(" ", window).contains("no longer") || WITHDRAWAL.matcher(wide).find();
    }
}
