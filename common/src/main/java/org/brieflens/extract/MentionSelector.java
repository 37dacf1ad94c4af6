package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Settles overlapping candidates of a sentence: by rank, then the longer span, then the earlier one. */
final class MentionSelector {
    private static final Comparator<MentionCandidate> PRIORITY = Comparator.comparingInt(MentionCandidate::rank)
            .thenComparing(c -> -c.span().length())
            .thenComparingInt(c -> c.span().first());

    private MentionSelector() {
    }

    /** The winning candidates, blockers included, in text order. */
    static List<MentionCandidate> select(List<MentionCandidate> candidates) {
        List<MentionCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(PRIORITY);
        List<MentionCandidate> chosen = new ArrayList<>();
        for (MentionCandidate candidate : ordered) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.span().first()));
        return chosen;
    }
}
